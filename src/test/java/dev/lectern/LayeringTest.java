package dev.lectern;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * Keeps the package picture: packages follow the data. {@code model}, {@code log} and {@code io} (durable
 * file writes) at the bottom;
 * {@code index} (with {@code index.analysis}) knows only the model, as does {@code render};
 * {@code extract} also uses {@code render}, because its isolated child draws page images; {@code archive} reads and writes the archive's folders (and asks {@code extract}
 * what format an upload is); {@code sync} is the one place that sees both the archive side and the
 * index; {@code embed} (the embedding model, no Lucene, no Tika) is used by {@code sync} alone;
 * {@code web} and {@code cli} sit above; {@link Lectern} alone wires everything.
 */
@AnalyzeClasses(locations = LayeringTest.MainClasses.class)
class LayeringTest {
  /** Lectern's own compiled classes, not tests; scanning every jar on the class path for them is slow. */
  static final class MainClasses implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      return Set.of(Location.of(Lectern.class.getProtectionDomain().getCodeSource().getLocation()));
    }
  }

  @ArchTest
  static final ArchRule layers = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("Wiring").definedBy("dev.lectern")
      .layer("Web").definedBy("dev.lectern.web..")
      .layer("Cli").definedBy("dev.lectern.cli..")
      .layer("Eval").definedBy("dev.lectern.eval..")
      .layer("Auth").definedBy("dev.lectern.auth..")
      .layer("Sync").definedBy("dev.lectern.sync..")
      .layer("Archive").definedBy("dev.lectern.archive..")
      .layer("Extract").definedBy("dev.lectern.extract..")
      .layer("Render").definedBy("dev.lectern.render..")
      .layer("Index").definedBy("dev.lectern.index..")
      .layer("Embed").definedBy("dev.lectern.embed..")
      .layer("Model").definedBy("dev.lectern.model..")
      .layer("Log").definedBy("dev.lectern.log..")
      .layer("Io").definedBy("dev.lectern.io..")
      .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
      .whereLayer("Web").mayOnlyAccessLayers(
          "Sync", "Auth", "Archive", "Extract", "Render", "Index", "Model", "Log", "Io")
      .whereLayer("Cli").mayOnlyAccessLayers(
          "Sync", "Auth", "Eval", "Archive", "Extract", "Render", "Index", "Model", "Log", "Io")
      .whereLayer("Eval").mayOnlyAccessLayers("Index", "Model", "Log")
      .whereLayer("Auth").mayOnlyAccessLayers("Archive", "Model", "Log", "Io")
      .whereLayer("Sync").mayOnlyAccessLayers("Archive", "Extract", "Render", "Index", "Embed", "Model", "Log", "Io")
      .whereLayer("Archive").mayOnlyAccessLayers("Extract", "Model", "Log", "Io")
      // The isolated extraction child draws page images too, so extract may call render.
      .whereLayer("Extract").mayOnlyAccessLayers("Render", "Model", "Log", "Io")
      .whereLayer("Render").mayOnlyAccessLayers("Model", "Log", "Io")
      .whereLayer("Index").mayOnlyAccessLayers("Model", "Log")
      .whereLayer("Embed").mayOnlyAccessLayers("Io")
      .whereLayer("Model").mayNotAccessAnyLayer()
      .whereLayer("Log").mayNotAccessAnyLayer()
      .whereLayer("Io").mayNotAccessAnyLayer();

  /** {@code index.analysis} is its own slice here: the analysis chains never reach back into the index. */
  @ArchTest
  static final ArchRule noCycles = slices().matching("dev.lectern.(**)").should().beFreeOfCycles();
}
