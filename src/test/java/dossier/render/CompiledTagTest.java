package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * A compiled tag takes each change as Thymeleaf's model factory makes it to Thymeleaf's own tag,
 * and is written the same after every one: the white space between attributes, their quotes and
 * operators, names written in other cases, attributes set twice.
 */
class CompiledTagTest {
    private static final IEngineConfiguration CONFIGURATION = new TemplateEngine().getConfiguration();
    private static final IModelFactory FACTORY = CONFIGURATION.getModelFactory(TemplateMode.HTML);
    private static final TemplateData TEMPLATE = new TemplateData("test", null, new StringTemplateResource(""),
            TemplateMode.HTML, NonCacheableCacheEntryValidity.INSTANCE);

    private static final String[] ELEMENTS = {"p", "a", "img", "input", "DIV"};
    private static final String[] SPACES = {" ", "  ", "\n  ", "\t", " \n "};
    private static final String[] ATTRIBUTES = {"class=\"c\"", "CLASS='d'", "id=i", "href=\"h/\"", "th:href=\"${x}\"",
            "th:text=\"${t}\"", "data-x=\"\"", "title='t &amp; u'", "th:title=\"${t}\"", "disabled", "src = \"s\""};
    private static final String[] NAMES = {"class", "CLASS", "id", "href", "th:href", "th:text", "data-x", "title",
            "th:title", "disabled", "src", "lang"};
    private static final String[] VALUES = {"v", "", "a & b", "x y"};

    private static AttributeName name(String completeName) {
        return CONFIGURATION.getAttributeDefinitions().forName(TemplateMode.HTML, completeName).getAttributeName();
    }

    private static CompiledTag.Name target(String completeName) {
        return CompiledTag.Name.of(completeName, name(completeName));
    }

    private static String written(IProcessableElementTag tag) throws IOException {
        StringWriter out = new StringWriter();
        tag.write(out);
        return out.toString();
    }

    private static String written(CompiledTag.Changing tag) throws IOException {
        StringWriter out = new StringWriter();
        tag.write(out);
        return out.toString();
    }

    private static IProcessableElementTag parsed(String markup) {
        IModel model = FACTORY.parse(TEMPLATE, markup);
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i) instanceof IProcessableElementTag tag) {
                return tag;
            }
        }
        throw new AssertionError("no tag in " + markup);
    }

    @Test
    void aTagIsWrittenAsParsed() throws IOException {
        for (String markup : List.of("<p>", "<p >", "<p class=\"a\"  id='b'\n>", "<img src=x alt=\"\" />",
                "<input disabled >", "<a HREF=\"h\" title = 't'>")) {
            assertThat(written(CompiledTag.of(parsed(markup)).changing())).isEqualTo(markup);
        }
    }

    @Test
    void anAttributeSetOnATagWithWhiteSpaceAtItsEndGoesBeforeThatWhiteSpace() throws IOException {
        CompiledTag.Changing tag = CompiledTag.of(parsed("<p class=\"a\"\n  >")).changing();
        tag.set(target("id"), "x");
        assertThat(written(tag)).isEqualTo("<p class=\"a\" id=\"x\"\n  >");
        tag.remove(name("class"));
        assertThat(written(tag)).isEqualTo("<p id=\"x\"\n  >");
    }

    @Test
    void randomChangesLeaveTheTagAsThymeleafLeavesItsOwn() throws IOException {
        Random random = new Random(8);
        for (int round = 0; round < 3000; round++) {
            StringBuilder markup = new StringBuilder("<").append(pick(random, ELEMENTS));
            List<String> attributes = new ArrayList<>(List.of(ATTRIBUTES));
            Collections.shuffle(attributes, random);
            Set<String> names = new HashSet<>();
            for (String attribute : attributes.subList(0, random.nextInt(5))) {
                // Markup may name an attribute once, in any case.
                if (names.add(attribute.split("[ =]")[0].toLowerCase(Locale.ROOT))) {
                    markup.append(pick(random, SPACES)).append(attribute);
                }
            }
            if (random.nextBoolean()) {
                markup.append(pick(random, SPACES));
            }
            markup.append(random.nextBoolean() ? ">" : "/>");
            IProcessableElementTag thymeleaf = parsed(markup.toString());
            CompiledTag.Changing compiled = CompiledTag.of(thymeleaf).changing();
            List<String> steps = new ArrayList<>();
            // A copy taken on the way goes on changing apart from the tag it was copied from.
            IProcessableElementTag thymeleafBefore = null;
            CompiledTag.Changing copied = null;
            for (int step = random.nextInt(8); step >= 0; step--) {
                if (copied == null && random.nextInt(4) == 0) {
                    thymeleafBefore = thymeleaf;
                    copied = compiled.copy();
                }
                String first = pick(random, NAMES);
                String second = pick(random, NAMES);
                String value = pick(random, VALUES);
                switch (random.nextInt(4)) {
                    case 0 -> {
                        steps.add("remove " + first);
                        thymeleaf = FACTORY.removeAttribute(thymeleaf, name(first));
                        compiled.remove(name(first));
                    }
                    case 1 -> {
                        steps.add("remove by text " + first);
                        thymeleaf = FACTORY.removeAttribute(thymeleaf, first);
                        compiled.remove(target(first));
                    }
                    case 2 -> {
                        steps.add("replace " + first + " with " + second + "=" + value);
                        thymeleaf = FACTORY.replaceAttribute(thymeleaf, name(first), second, value);
                        compiled.replace(name(first), target(second), value);
                    }
                    default -> {
                        steps.add("set " + first + "=" + value);
                        thymeleaf = FACTORY.setAttribute(thymeleaf, first, value);
                        compiled.set(target(first), value);
                    }
                }
                String as = markup + " after " + steps;
                assertThat(written(compiled)).as(as).isEqualTo(written(thymeleaf));
                assertThat(compiled.has(name(second))).as(as).isEqualTo(thymeleaf.hasAttribute(name(second)));
                assertThat(compiled.value(name(second))).as(as).isEqualTo(thymeleaf.getAttributeValue(name(second)));
            }
            if (copied != null) {
                assertThat(written(copied)).as(markup + " copied during " + steps).isEqualTo(written(thymeleafBefore));
                copied.set(target("lang"), "en");
                assertThat(written(copied)).isEqualTo(written(FACTORY.setAttribute(thymeleafBefore, "lang", "en")));
            }
        }
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
