package dev.lectern.cli;

import java.io.PrintStream;

/** What every command gets: where to print its report and its errors, and the parts it runs. */
record CommandContext(PrintStream out, PrintStream err, Components parts) {}
