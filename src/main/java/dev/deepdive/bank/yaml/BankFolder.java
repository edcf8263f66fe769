package dev.deepdive.bank.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Finds the bank that ships inside the application, whether it runs from a build folder or from its jar. */
public final class BankFolder {
    public static final String RESOURCE = "question-bank";

    private BankFolder() {
    }

    public static Path packaged() {
        URL index = Thread.currentThread().getContextClassLoader().getResource(RESOURCE + "/" + YamlBankReader.INDEX);
        if (index == null) throw new IllegalStateException("the packaged question bank is missing from the classpath");
        try {
            URI uri = index.toURI();
            if ("file".equals(uri.getScheme())) return Path.of(uri).getParent();
            return jarFileSystem(uri).provider().getPath(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the packaged question bank at " + index, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the packaged question bank at " + uri, e);
        }
    }
}
