package dev.deepdive.bank.yaml;

import dev.deepdive.bank.BankProblem;
import dev.deepdive.bank.SourceLocation;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Strict, line-aware reading of YAML nodes: every wrong, missing or unknown field is reported where it stands. */
final class YamlNodes {
    private final String file;
    private final List<BankProblem> problems;

    YamlNodes(String file, List<BankProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    SourceLocation at(Node node) {
        return new SourceLocation(file, node.getStartMark().getLine() + 1);
    }

    void report(Node node, String message) {
        problems.add(new BankProblem(at(node), message));
    }

    /** The fields of a mapping, after reporting any field not in {@code allowed}; empty when the node is no mapping. */
    Optional<Fields> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            report(node, what + " must be a mapping of fields");
            return Optional.empty();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !allowed.contains(key))
                report(tuple.getKeyNode(), "unknown field '" + key + "' in " + what + " (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            else if (fields.put(key, tuple.getValueNode()) != null) report(tuple.getKeyNode(), "field '" + key + "' repeated in " + what);
        }
        return Optional.of(new Fields(node, what, fields));
    }

    /** The fields of one mapping, read with a type each. */
    final class Fields {
        private final Node node;
        private final String what;
        private final Map<String, Node> fields;

        private Fields(Node node, String what, Map<String, Node> fields) {
            this.node = node;
            this.what = what;
            this.fields = fields;
        }

        Node node() {
            return node;
        }

        Optional<Node> optional(String key) {
            return Optional.ofNullable(fields.get(key));
        }

        Optional<Node> required(String key) {
            Node value = fields.get(key);
            if (value == null) report(node, "missing field '" + key + "' in " + what);
            return Optional.ofNullable(value);
        }

        String text(String key) {
            return required(key).map(n -> scalar(n, key)).orElse(null);
        }

        Optional<String> optionalText(String key) {
            return optional(key).map(n -> scalar(n, key));
        }

        Integer integer(String key) {
            String value = text(key);
            if (value == null) return null;
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                report(fields.get(key), "field '" + key + "' in " + what + " must be a whole number, not '" + value + "'");
                return null;
            }
        }

        Double number(String key) {
            String value = text(key);
            if (value == null) return null;
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                report(fields.get(key), "field '" + key + "' in " + what + " must be a number, not '" + value + "'");
                return null;
            }
        }

        List<String> texts(String key) {
            return list(key, (n) -> scalar(n, key));
        }

        <T> List<T> list(String key, Function<Node, T> item) {
            Node value = fields.get(key);
            if (value == null) return List.of();
            if (!(value instanceof SequenceNode sequence)) {
                report(value, "field '" + key + "' in " + what + " must be a list");
                return List.of();
            }
            List<T> items = new ArrayList<>();
            for (Node n : sequence.getValue()) {
                T t = item.apply(n);
                if (t != null) items.add(t);
            }
            return items;
        }

        private String scalar(Node n, String key) {
            if (n instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue().strip();
            report(n, "field '" + key + "' in " + what + " must be a non-empty text");
            return null;
        }
    }
}
