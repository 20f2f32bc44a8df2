/**
 * The formulation editor, the caseload and the JSON API over HTTP, for one folder of sixps/1
 * files: servlets that mount in any Jakarta Servlet 6 container, and a Jetty 12 server that runs
 * them for {@code formulation serve}.
 */
package io.github.sixps.formulation.server;
