/**
 * The service directory: organisations (in a hierarchy) and the services they run, with
 * category and position, searched by name, category and distance. Admins maintain it; everyone
 * reads it. Routing stories to organisations is the routing component's job, not this one's.
 * The directory import ({@code control.DirectoryImports}) adds, changes and retires organisations and
 * services from a CSV file of another register, matched by their external identifier (scheme + code).
 * <p>
 * Owns tables: organisation, service, directory_import.
 */
package org.coproduce.providers;
