/**
 * Kubernetes label selectors ({@code env=prod,tier!=db,team,!legacy,region in (eu,us)}): one pure
 * parser shared by the API server (list filters) and the CLI (client-side filtering).
 */
package io.mooring.model.selector;
