package app.jobmate.projections.jobs.detail;

import java.time.LocalDate;

/** A task on a job, as the job's page lists it: from the tasks' read side, by the job's id. */
public record JobTask(String taskId, String title, String status, String assignee, LocalDate dueDate,
                      String priority) {
}
