package dev.csreview.output;

import java.util.List;

/** GitHub Actions workflow commands ({@code ::error file=…,line=…::message}) for findings worth a look. */
public final class GithubAnnotations {
    private GithubAnnotations() {}

    public static String render(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            String command = f.isWaived() && f.severity() != Finding.Severity.NONE ? "notice" : switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
                case NONE -> null;
            };
            if (command == null) {
                continue;
            }
            out.append("::").append(command).append(" file=").append(property(f.location().file()));
            if (f.location().line() > 0) {
                out.append(",line=").append(f.location().line()).append(",col=").append(Math.max(1, f.location().column()));
            }
            out.append(",title=").append(property((f.isWaived() ? "[waived] " : "") + f.title())).append("::").append(data(f.message() + " [" + f.cites() + "]")).append('\n');
        }
        return out.toString();
    }

    /** Escaping as the Actions runner expects for message data. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping for properties, which also may not contain ':' or ','. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
