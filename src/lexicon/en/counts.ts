import type { Qualifier } from "../../types.js";

/** Words before a number that qualify it, longest first so "more than" wins over "more". */
export const QUALIFIERS: Array<[string, Qualifier]> = [
  ["more than", "at_least"], ["over", "at_least"], ["at least", "at_least"], ["in excess of", "at_least"],
  ["upwards of", "at_least"], ["upward of", "at_least"], ["north of", "at_least"],
  ["up to", "at_most"], ["as many as", "at_most"], ["less than", "at_most"], ["fewer than", "at_most"],
  ["under", "at_most"], ["at most", "at_most"], ["no more than", "at_most"],
  ["around", "approx"], ["about", "approx"], ["approximately", "approx"], ["nearly", "approx"], ["almost", "approx"],
  ["roughly", "approx"], ["some", "approx"], ["an estimated", "approx"], ["estimated", "approx"], ["close to", "approx"],
  ["just under", "approx"], ["just over", "approx"], ["approx.", "approx"], ["~", "approx"],
];

/** Nouns that make a count one of affected people, accounts, records or cards. */
export const AFFECTED_UNITS = [
  "people", "persons", "individuals", "users", "customers", "clients", "accounts", "records", "members", "subscribers",
  "patients", "employees", "staff", "students", "players", "gamers", "voters", "citizens", "residents", "americans",
  "consumers", "shoppers", "victims", "veterans", "applicants", "donors", "borrowers", "policyholders", "passengers",
  "guests", "visitors", "cards", "credit cards", "debit cards", "card numbers", "email addresses", "emails",
  "e-mail addresses", "passwords", "usernames", "user accounts", "customer accounts", "user records", "profiles",
  "identities", "households", "families", "taxpayers", "workers", "children", "teachers", "account holders",
  "cardholders", "entries", "rows", "unique email addresses", "phone numbers", "social security numbers",
];
