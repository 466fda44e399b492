package dev.statebench.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line of one fork: the build's own jar, one fork, JSON results, both builds' JVM arguments. */
class ForkLauncherTest {
  private static final ForkSettings SETTINGS = new ForkSettings(1, 1, 3, 1, List.of("avgt"), true);
  private static final JmhInvocation CALIBRATION = new JmhInvocation("Cal",
      "dev.statebench.jmh.GateCalibrationBenchmark", Map.of("tokens", List.of("2000", "20000")), 1, false);

  @Test
  void command_runsTheBuildsJarWithOneForkAndJsonResult() {
    ForkLauncher launcher = new ForkLauncher(Path.of("/jdk/bin/java"), SETTINGS,
        List.of("-Dstatebench.redis.url=redis://127.0.0.1:1"), false);
    BuildUnderTest build = new BuildUnderTest("new", Path.of("/b/new.jar"),
        List.of("-Dstatebench.calibration.slowdown=10"));

    List<String> command = launcher.command(build, CALIBRATION, Path.of("/out/r001-new-Cal.json"));

    assertThat(command.subList(0, 4)).containsExactly("/jdk/bin/java", "-jar", "/b/new.jar", "jmh");
    assertThat(String.join(" ", command))
        .contains("^\\Qdev.statebench.jmh.GateCalibrationBenchmark\\E\\. -p tokens=2000,20000 -t 1")
        .contains("-f 1 -wi 1 -w 1s -i 3 -r 1s -bm avgt -foe true -prof gc")
        .contains("-rf json -rff /out/r001-new-Cal.json")
        .endsWith("-jvmArgsAppend -Dstatebench.redis.url=redis://127.0.0.1:1 -Dstatebench.calibration.slowdown=10");
  }

  @Test
  void ignoringTheLock_isAHostJvmProperty() {
    ForkLauncher launcher = new ForkLauncher(Path.of("java"), SETTINGS, List.of(), true);

    List<String> command = launcher.command(new BuildUnderTest("base", Path.of("a.jar"), List.of()), CALIBRATION,
        Path.of("r.json"));

    assertThat(command.subList(0, 3)).containsExactly("java", "-Djmh.ignoreLock=true", "-jar");
    assertThat(command).doesNotContain("-jvmArgsAppend");
  }
}
