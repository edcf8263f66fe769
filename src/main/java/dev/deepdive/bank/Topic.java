package dev.deepdive.bank;

import java.util.List;
import java.util.Optional;

/** A node of the map. The parent is where an interview zooms out to, children where it zooms in. */
public record Topic(String id, String title, String stage, String summary, Optional<String> parent,
                    List<String> children, List<String> prerequisites, List<String> sources) {
    public Topic {
        Ids.require(id, "topic id");
        title = Texts.require(title, "topic title");
        Ids.require(stage, "stage id");
        summary = Texts.require(summary, "topic summary");
        parent = parent == null ? Optional.empty() : parent;
        children = List.copyOf(children);
        prerequisites = List.copyOf(prerequisites);
        sources = List.copyOf(sources);
    }
}
