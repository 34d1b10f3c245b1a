package app.jobmate.events.customers;

import app.jobmate.events.values.EmailAddress;
import app.jobmate.events.values.PhoneNumber;
import app.jobmate.events.values.Require;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Someone to deal with at a customer (the office manager, the tenant at a site). Personal data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactPerson(String name, String role, EmailAddress email, PhoneNumber phone) {

  public static final int MAX_NAME = 200;
  public static final int MAX_ROLE = 100;

  public ContactPerson {
    name = Require.text(name, MAX_NAME, "name");
    role = Require.optionalText(role, MAX_ROLE, "role");
  }
}
