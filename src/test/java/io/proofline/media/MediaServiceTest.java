package io.proofline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.proofline.system.ValidationException;

class MediaServiceTest {

    @Test
    void file_names_keep_only_their_base_name() {
        assertThat(MediaService.safeFilename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(MediaService.safeFilename("C:\\Users\\me\\box.pdf")).isEqualTo("box.pdf");
        assertThat(MediaService.safeFilename("/abs/path.png")).isEqualTo("path.png");
        assertThat(MediaService.safeFilename("Größe box.pdf")).isEqualTo("Größe box.pdf");
    }

    @Test
    void control_characters_and_empty_names_are_refused() {
        for (String name : new String[] { "a\u0000b.pdf", "line\nbreak.pdf", "", " ", "..", "dir/", "a/.." }) {
            assertThatThrownBy(() -> MediaService.safeFilename(name)).as(name).isInstanceOf(ValidationException.class);
        }
    }
}
