package app.jobmate.commands.expenses;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvents;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;

/**
 * Runs expense commands through the command service, each on the stream of its expense. Before the
 * decider: the member owed an expense is a member of the team ({@link TeamDirectory}), staff claim only
 * for themselves, the job named exists in the tenant, and mileage is not logged as a plain amount.
 */
public final class ExpenseService {

  private final CommandService commands;
  private final TeamDirectory team;
  private final ExpenseJobs jobs;

  public ExpenseService(CommandService commands, TeamDirectory team, ExpenseJobs jobs) {
    this.commands = commands;
    this.team = team;
    this.jobs = jobs;
  }

  public static StreamId streamOf(TenantId tenant, ExpenseId expense) {
    return new StreamId(tenant, ExpenseEvents.STREAM, expense.toString());
  }

  public CommandResult handle(TenantId tenant, ExpenseCommand command, CommandContext context) {
    ExpenseDetails details = switch (command) {
      case ExpenseCommand.LogExpense c -> c.details();
      case ExpenseCommand.ChangeExpense c -> c.details();
      case ExpenseCommand.ChangeMileageClaim c -> c.details();
      case ExpenseCommand.SubmitExpense c -> null;
      case ExpenseCommand.ApproveExpense c -> null;
      case ExpenseCommand.RefuseExpense c -> null;
      case ExpenseCommand.ReimburseExpense c -> null;
      case ExpenseCommand.GrantReceiptUpload c -> null;
      case ExpenseCommand.AttachReceipt c -> null;
    };
    if (details != null) {
      check(tenant, details, command.actor());
    }
    return commands.handle(streamOf(tenant, command.expenseId()), command, context, ExpenseDecider.INSTANCE);
  }

  private void check(TenantId tenant, ExpenseDetails details, Actor actor) {
    checkMember(tenant, details.member(), actor);
    if (details.category() == ExpenseCategory.MILEAGE && details.mileage() == null) {
      // HMRC's approved mileage rates are computed from the miles, not entered as an amount
      throw Rejection.unprocessable("expense.mileage-is-claimed-by-miles", "mileage is claimed by the miles driven "
          + "at HMRC's rates, not logged as an amount: POST /expenses/mileage", "category");
    }
    checkJob(tenant, details.jobId());
  }

  /** The member owed an expense is in the team, and is the actor themself unless the actor is an owner or admin. */
  void checkMember(TenantId tenant, UserId member, Actor actor) {
    boolean manager = actor.roles().contains(Role.OWNER) || actor.roles().contains(Role.ADMIN);
    if (member != null && !manager && !member.equals(actor.userId())) {
      throw Rejection.forbidden("expense.forbidden", "staff claim only what they paid themselves: member must be "
          + "your own id");
    }
    if (member != null && !team.isMember(tenant, member)) {
      throw Rejection.unprocessable("expense.member-not-in-team", "member " + member
          + " is not a member of this business's team", "member");
    }
  }

  void checkJob(TenantId tenant, JobId job) {
    if (job != null && !jobs.exists(tenant, job)) {
      throw Rejection.unprocessable("expense.job-not-found", "there is no job " + job, "jobId");
    }
  }
}
