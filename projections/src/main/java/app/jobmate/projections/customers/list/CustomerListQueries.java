package app.jobmate.projections.customers.list;

/** Reads the customer list (the active {@code customer} collection). */
public interface CustomerListQueries {

  /** One page of {@code query}, in its order, after its cursor. */
  CustomerPage list(ListCustomers query);
}
