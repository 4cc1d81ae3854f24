package dossier.render.view;

import java.util.List;
import java.util.Map;

/**
 * What the shared layout needs on every page.
 *
 * @param root      the relative address of the site root from this page ({@code ../../})
 * @param canonical the absolute address of this page, or empty when no base URL is set
 * @param editUrl   the "edit this page" address of the source file, or empty
 * @param jsonLd    the page's schema.org description, already safe inside a script element, or empty
 * @param updated   when the source file last changed, from git, or null
 * @param history   the latest commits that changed the source file, newest first
 * @param assets    each theme asset's name to its fingerprinted site path; a template writes
 *                  {@code meta.root + meta.assets['style.css']}
 */
public record PageMeta(
        String siteTitle,
        String title,
        String description,
        String lang,
        String root,
        String canonical,
        String type,
        List<NavItem> nav,
        List<Link> breadcrumbs,
        String editUrl,
        String sourcePath,
        String license,
        String jsonLd,
        DateView updated,
        List<HistoryItem> history,
        Map<String, String> assets) {

    public PageMeta withJsonLd(String json) {
        return new PageMeta(siteTitle, title, description, lang, root, canonical, type, nav, breadcrumbs, editUrl,
                sourcePath, license, json, updated, history, assets);
    }

    public PageMeta withHistory(DateView lastUpdated, List<HistoryItem> changes) {
        return new PageMeta(siteTitle, title, description, lang, root, canonical, type, nav, breadcrumbs, editUrl,
                sourcePath, license, jsonLd, lastUpdated, changes, assets);
    }

    /** "Page title · Site title", or the site title alone on the home page. */
    public String fullTitle() {
        return title.equals(siteTitle) ? siteTitle : title + " · " + siteTitle;
    }
}
