/** The server's workings: not API, and not exported from the module. */
package io.github.sixps.formulation.server.internal;
