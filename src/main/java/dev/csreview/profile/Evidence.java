package dev.csreview.profile;

import dev.csreview.diagnostic.Location;

/**
 * Where the fact behind an answer comes from, as a profile's {@code evidence:} block gives it: the document, its date
 * (as written, usually YYYY-MM-DD) and who holds it. Documents become the package's numbered exhibits.
 */
public record Evidence(String document, String date, String holder, Location source) {}
