/**
 * The service directory: organisations (in a hierarchy) and the services they run, with
 * category and position, searched by name, category and distance. Admins maintain it; everyone
 * reads it. Routing stories to organisations is the routing component's job, not this one's.
 * <p>
 * Owns tables: organisation, service.
 */
package org.coproduce.providers;
