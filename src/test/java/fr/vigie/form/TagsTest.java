package fr.vigie.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.vigie.app.Violation;
import fr.vigie.app.ViolationCode;
import fr.vigie.request.RequestCode;

/** The one tag rule requests, campaigns and bulk actions share. */
class TagsTest {

    /** A caller's own code: the rule reports with it. */
    private enum Code implements ViolationCode {
        OTHER
    }

    @Test
    void tagsAreLowerCasedFoldedAndDeduplicated() {
        List<Violation> violations = new ArrayList<>();
        assertThat(Tags.clean(Tags.ofLine(" BriefCam , vidéo  surveillance,briefcam,, "), RequestCode.TAGS, violations))
                .containsExactly("briefcam", "vidéo surveillance");
        assertThat(violations).isEmpty();
        assertThat(Tags.stored(List.of("a", "b"))).isEqualTo(",a,b,");
        assertThat(Tags.stored(List.of())).isEqualTo(",");
        assertThat(Tags.ofStored(",a,b,")).containsExactly("a", "b");
    }

    @Test
    void aTagWithPunctuationOrTooManyTagsIsRefusedWithTheCallersCode() {
        List<Violation> bad = new ArrayList<>();
        assertThat(Tags.clean(List.of("ok", "<script>"), RequestCode.TAGS, bad)).isEmpty();
        assertThat(bad).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("tags");
            assertThat(v.code()).isEqualTo(RequestCode.TAGS);
        });
        List<Violation> many = new ArrayList<>();
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < Tags.MAX + 1; i++) {
            eleven.add("t" + i);
        }
        Tags.clean(eleven, Code.OTHER, many);
        assertThat(many).extracting(Violation::code).containsExactly(Code.OTHER);
        List<Violation> tooLong = new ArrayList<>();
        Tags.clean(List.of(String.join("", Collections.nCopies(Tags.LENGTH + 1, "a"))), RequestCode.TAGS, tooLong);
        assertThat(tooLong).hasSize(1);
    }
}
