package dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One published article as captured, with its provenance. */
public record Article(
        String id,
        String path,
        String title,
        Reference outlet,
        DateValue published,
        List<String> authors,
        String url,
        String archiveUrl,
        Optional<DateValue> accessed,
        String language,
        Translation translation,
        List<Reference> via,
        List<Reference> topics,
        String summary,
        List<String> inferred,
        String contentSha256) implements Entity {

    public Article {
        authors = List.copyOf(authors);
        via = List.copyOf(via);
        topics = List.copyOf(topics);
        inferred = List.copyOf(inferred);
    }

    @Override
    public Kind kind() {
        return Kind.ARTICLE;
    }

    @Override
    public List<Reference> references() {
        List<Reference> all = new ArrayList<>();
        all.add(outlet);
        all.addAll(via);
        all.addAll(topics);
        return all;
    }
}
