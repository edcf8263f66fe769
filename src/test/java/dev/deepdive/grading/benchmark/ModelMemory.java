package dev.deepdive.grading.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Process memory as the OS sees it (ONNX Runtime allocates outside the Java heap). */
final class ModelMemory {
    private ModelMemory() {
    }

    static long residentBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
