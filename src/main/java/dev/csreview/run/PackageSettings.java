package dev.csreview.run;

import dev.csreview.report.PackageBuilder;
import dev.csreview.report.PackageRequest;
import java.nio.file.Path;
import java.util.Set;

/**
 * How a run writes declaration packages, from the command's options, checked: the folder they go in, whether they may
 * replace earlier ones, the template folder (null: built-in), the document formats, the firm's reference .docx (null:
 * the house style or a template folder's), the PDF writer with its fonts (null unless PDF is asked for), and the
 * language mistakes are told in.
 */
public record PackageSettings(Path out, boolean force, Path templates, Set<PackageRequest.Format> formats, byte[] reference,
        PackageBuilder.PdfWriterFactory pdf, dev.csreview.questionnaire.Lang lang) {}
