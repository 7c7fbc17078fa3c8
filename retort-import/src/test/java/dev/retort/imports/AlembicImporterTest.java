package dev.retort.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.error.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlembicImporterTest {
    @TempDir
    Path dir;

    @Test
    void portableCorpusTranslatesEveryFileAsTheGoldenFilesShow() throws Exception {
        ImportReport report = AlembicImporter.importProject(Golden.resource("alembic/portable/alembic.ini"),
                dir.resolve("migrations"), dir.resolve("retort.properties"));
        assertEquals(5, report.files().size());
        for (ImportReport.FileResult f : report.files()) {
            assertEquals(ImportReport.Status.TRANSLATED, f.status(), f.source() + " " + f.detail());
            Golden.assertMatches("alembic/portable/" + f.written().getFileName(), Files.readString(f.written()));
        }
        assertEquals("""
                # Imported from Alembic (alembic.ini) by retort import alembic
                script_location = migrations
                version_table = alembic_version
                # url = postgresql://user@host/db
                """, Files.readString(report.config()));
    }

    @Test
    void postgresqlCorpusTranslatesAlterColumnAndConstraintCalls() throws Exception {
        ImportReport report = AlembicImporter.importProject(Golden.resource("alembic/postgresql"),
                dir.resolve("migrations"), dir.resolve("retort.properties"));
        for (ImportReport.FileResult f : report.files()) {
            assertEquals(ImportReport.Status.TRANSLATED, f.status(), f.source() + " " + f.detail());
            Golden.assertMatches("alembic/postgresql/" + f.written().getFileName(), Files.readString(f.written()));
        }
    }

    @Test
    void pythonLogicStaysAsCommentsAndTheMethodThrowsNamingTheLines() throws Exception {
        ImportReport report = AlembicImporter.importProject(Golden.resource("alembic/untranslatable"),
                dir.resolve("migrations"), dir.resolve("retort.properties"));
        ImportReport.FileResult f = report.files().get(0);
        assertEquals(ImportReport.Status.PARTLY, f.status());
        assertEquals("lines 20, 21 kept as Python; the script throws until they are translated", f.detail());
        Golden.assertMatches("alembic/untranslatable/" + f.written().getFileName(), Files.readString(f.written()));
    }

    @Test
    void refusesToOverwriteAnEarlierImportAndLeavesAnExistingConfigAlone() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), "script_location = migrations\n");
        ImportReport first = AlembicImporter.importProject(Golden.resource("alembic/portable/migrations"),
                dir.resolve("migrations"), dir.resolve("retort.properties"));
        assertNull(first.config());
        assertEquals("script_location = migrations\n", Files.readString(dir.resolve("retort.properties")));
        RetortException e = assertThrows(RetortException.class, () -> AlembicImporter.importProject(
                Golden.resource("alembic/portable/migrations"), dir.resolve("migrations"), dir.resolve("retort.properties")));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    @Test
    void refusesToWriteIntoAlembicsOwnVersionsFolder() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.copy(Golden.resource("alembic/portable/migrations/versions/1975ea83b712_create_plans.py"),
                versions.resolve("1975ea83b712_create_plans.py"));
        RetortException e = assertThrows(RetortException.class, () -> AlembicImporter.importProject(
                dir.resolve("migrations"), dir.resolve("migrations"), dir.resolve("retort.properties")));
        assertEquals(dir.resolve("migrations/versions") + " is Alembic's versions folder; write the Retort scripts "
                + "elsewhere (retort import alembic --to DIR)", e.getMessage());
    }

    @Test
    void aPythonFileWithoutRevisionIsOneClearError() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("alembic/versions"));
        Files.writeString(versions.resolve("helpers.py"), "def upgrade():\n    pass\n");
        RetortException e = assertThrows(RetortException.class, () -> AlembicImporter.importProject(
                dir.resolve("alembic"), dir.resolve("migrations"), dir.resolve("retort.properties")));
        assertEquals("versions/helpers.py: no revision = '...' line; is this an Alembic revision file?", e.getMessage());
        assertEquals(List.of(), List.of());
    }
}
