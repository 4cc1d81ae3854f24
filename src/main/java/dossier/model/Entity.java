package dossier.model;

/** What every page-making content file has in common. */
public sealed interface Entity permits Article, Outlet, Person, Quote, Event, Topic, Page {
    Kind kind();

    String id();

    /** The content file, relative to the dossier folder. */
    String path();

    /** The name a link to this entity shows. */
    String title();

    /** Every reference written in the metadata, in file order. */
    java.util.List<Reference> references();
}
