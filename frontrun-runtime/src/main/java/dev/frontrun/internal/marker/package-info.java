/**
 * Trace markers: finding them in sources ({@code MarkerScanner}, {@code MarkerIndex}), inserting hook calls at
 * marked lines ({@code MarkerTransformer}), and forcing a schedule on named threads ({@code MarkerCoordinator}).
 */
package dev.frontrun.internal.marker;
