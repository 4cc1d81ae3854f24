package dossier.model;

import java.util.List;

/**
 * The site settings of {@code content/dossier.yaml}.
 *
 * @param baseUrl    the absolute URL the site is published at, ending in {@code /}; may be empty
 * @param repository the repository's web address, for "edit this page" links; may be empty
 * @param cname      the custom domain GitHub Pages serves the site at (written to CNAME); may be empty
 */
public record DossierSettings(
        String path,
        String title,
        String description,
        String language,
        String baseUrl,
        String repository,
        String branch,
        String license,
        List<String> editors,
        String cname) {

    public DossierSettings {
        editors = List.copyOf(editors);
    }

    public DossierSettings withBaseUrl(String url) {
        return new DossierSettings(path, title, description, language, url, repository, branch, license, editors, cname);
    }
}
