/**
 * Accountability: the "you said, we did" pages of an organisation (with those under it) or a
 * service, printable and linkable: the changes made and in progress, the published stories behind
 * each, its before/after evidence and what storytellers answered to "did it make a difference?",
 * small counts suppressed as on the dashboards. A read model only: it reads the change register
 * through the changes component's control classes (ChangeLists, ChangeEvidence, DifferenceCounts),
 * stories, the directory and the outcomes' scopes; it writes nothing. Out of scope: citizens'
 * proposals behind a change (issue 16 item 4, built in the changes component; each change carries
 * an empty {@code proposals} list until then).
 * <p>
 * Owns tables: none.
 */
package org.coproduce.accountability;
