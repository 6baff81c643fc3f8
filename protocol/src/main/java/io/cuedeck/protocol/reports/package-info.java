/**
 * Wire records of the post-show reports (issue 9): the unique-viewer funnel of a fire, the parts
 * of the fire and show reports, the show comparison and the reconciliation lines.
 *
 * <p>Every viewer figure here counts <em>unique viewer ids</em>, cluster-wide, unless its Javadoc
 * says it counts socket writes. None is an estimate: the engines keep exact sets keyed by viewer.
 */
package io.cuedeck.protocol.reports;
