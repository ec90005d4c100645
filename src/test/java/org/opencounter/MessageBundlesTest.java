package org.opencounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Both languages have the same keys, no empty values, and the files are real UTF-8. */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_en.properties").stringPropertyNames());
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as(file + " " + key).isNotBlank());
        }
    }

    @Test
    void chineseFileReadsAsChinese() throws IOException {
        assertThat(load("messages_zh_CN.properties").getProperty("platform.login.submit")).isEqualTo("登录");
    }

    @Test
    void englishFileHasNoChineseCharacters() throws IOException {
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).allSatisfy(key ->
                assertThat(english.getProperty(key).codePoints()
                        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                        .as(key).isTrue());
    }

    /** MessageFormat reads a lone apostrophe as the start of a quote, so {0} after it would never be filled in. */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String file : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).allSatisfy(key -> {
                String text = messages.getProperty(key);
                if (text.matches("(?s).*\\{\\d+[^}]*}.*")) {
                    assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                    assertThat(new java.text.MessageFormat(text).format(new Object[] {"A", "B", "C"}))
                            .as(file + " " + key).doesNotContain("{0}");
                }
            });
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Properties properties = new Properties();
            try {
                properties.load(new InputStreamReader(in, decoder));
            } catch (CharacterCodingException e) {
                throw new AssertionError(name + " is not valid UTF-8", e);
            }
            return properties;
        }
    }
}
