/** The Maven site page of the report goal: a doxia summary of the saved results that links the full HTML report. */
package dev.frontrun.maven.internal.site;
