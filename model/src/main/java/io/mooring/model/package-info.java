/** Argo CD-compatible Application and AppProject types, their codec and their validation. */
package io.mooring.model;
