package app.jobmate.events.tasks;

import app.jobmate.events.values.Require;

/** One thing to tick off on a task. */
public record ChecklistItem(ChecklistItemId itemId, String text, boolean done) {

  public static final int MAX_TEXT = 500;

  public ChecklistItem {
    Require.present(itemId, "itemId");
    text = Require.text(text, MAX_TEXT, "text");
  }
}
