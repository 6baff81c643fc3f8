package io.cuedeck.server.reports.export;

import java.util.List;

/** One table of an export: a CSV file of the zip, a table of the PDF. Cells are text as shown. */
record Table(String name, String title, List<String> headers, List<List<String>> rows) {
}
