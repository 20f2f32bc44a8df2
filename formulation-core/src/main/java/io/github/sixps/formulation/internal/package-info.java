/**
 * Small pieces shared by the core packages. Not part of the API: the module does not export it,
 * and it may change in any release.
 */
package io.github.sixps.formulation.internal;
