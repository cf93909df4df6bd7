package org.annals.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files that {@code annals ingest PATH...} reads: a file as given, a directory's files
 * recursively (those whose extension is an article format, by name order, hidden ones skipped), a
 * glob ({@code 'news/**}{@code /*.txt'}, quoted so that the shell leaves it alone) the files it
 * matches. What a file holds is then decided by {@code org.annals.core.read} from its content.
 *
 * <p>Why an extension list for directories: corpus folders hold READMEs, indexes and annotation
 * files next to the articles; reading them would list them all as failures. {@code --ext} changes
 * the list; a file named explicitly is always read.
 */
final class InputFiles {

  /** Article extensions read from directories by default (lower case, without the dot). */
  static final List<String> DEFAULT_EXTENSIONS =
      List.of("txt", "text", "jsonl", "ndjson", "tml", "timeml", "html", "htm", "xhtml", "xml", "rss", "atom", "warc",
          "warc.gz");

  private InputFiles() {}

  /** The files of {@code args} in order; a path that is neither a file, a directory nor a glob is kept as is (the reader reports it). */
  static List<Path> expand(List<String> args, List<String> extensions) {
    return expand(args, extensions, List.of());
  }

  /**
   * As {@link #expand(List, List)}, leaving out the files of directories and globs whose path below
   * the directory matches one of the {@code excludes} globs (e.g. {@code annotations/**}).
   */
  static List<Path> expand(List<String> args, List<String> extensions, List<String> excludes) {
    List<PathMatcher> skip = excludes.stream()
        .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    List<Path> all = expandAll(args, extensions);
    return all.stream().filter(p -> skip.stream().noneMatch(m -> excluded(m, p))).toList();
  }

  private static boolean excluded(PathMatcher m, Path p) {
    for (int i = 0; i < p.getNameCount(); i++) {
      if (m.matches(p.subpath(i, p.getNameCount()))) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> expandAll(List<String> args, List<String> extensions) {
    Set<String> exts = Set.copyOf(extensions.stream().map(e -> e.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).toList());
    List<Path> out = new ArrayList<>();
    for (String arg : args) {
      Path p = Paths.get(arg);
      if (arg.equals(Inputs.STDIN) || Files.isRegularFile(p)) {
        out.add(p);
      } else if (Files.isDirectory(p)) {
        out.addAll(walk(p, f -> article(f, exts)));
      } else if (arg.matches(".*[*?\\[{].*")) {
        out.addAll(glob(arg));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean article(Path f, Set<String> exts) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".")) {
      return false;
    }
    for (String e : exts) {
      if (name.endsWith("." + e)) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> walk(Path dir, java.util.function.Predicate<Path> keep) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> noHiddenDir(dir, f))
          .filter(keep).sorted().toList();
    } catch (IOException e) {
      throw new CliException("cannot list " + Failures.describe(dir.toString(), e), e);
    }
  }

  private static boolean noHiddenDir(Path dir, Path f) {
    Path parent = dir.relativize(f).getParent();
    if (parent == null) {
      return true;
    }
    for (Path part : parent) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** The files matching {@code pattern}, searched under its longest directory prefix without glob characters. */
  static List<Path> glob(String pattern) {
    String norm = pattern.replace('\\', '/');
    int firstGlob = 0;
    while (firstGlob < norm.length() && "*?[{".indexOf(norm.charAt(firstGlob)) < 0) {
      firstGlob++;
    }
    int slash = norm.lastIndexOf('/', firstGlob);
    Path base = slash < 0 ? Paths.get("") : Paths.get(norm.substring(0, slash + 1));
    String rest = slash < 0 ? norm : norm.substring(slash + 1);
    if (!Files.isDirectory(base.toString().isEmpty() ? Paths.get(".") : base)) {
      return List.of(Paths.get(pattern));
    }
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    Path root = base.toString().isEmpty() ? Paths.get(".") : base;
    List<Path> found = walk(root, f -> m.matches(root.relativize(f)));
    if (found.isEmpty()) {
      throw new CliException(pattern + ": no file matches", Failures.EXIT_FAILED);
    }
    return base.toString().isEmpty() ? found.stream().map(f -> root.relativize(f)).toList() : found;
  }
}
