/**
 * The console's view of a connection: profiles, the login steps, and the open session with its
 * services. These small interfaces are what the view models depend on; {@code AppContext} wires them
 * to client-lib's services, tests to in-memory doubles.
 */
package uncloud.app.session;
