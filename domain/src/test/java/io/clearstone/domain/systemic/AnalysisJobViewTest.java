package io.clearstone.domain.systemic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** A job read back from its row answers with the JSON the in-memory job gave, whichever node ran it. */
class AnalysisJobViewTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Instant STARTED = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant ENDED = STARTED.plusSeconds(3);

    @Test
    void aDoneJobReadFromItsRowIsTheJsonOfTheJobWithItsAnswer() {
        Map<String, Double> prices = new LinkedHashMap<>();
        prices.put("asset:ETH", 2_100.125);
        prices.put("asset:BTC", 1.0E-5);
        RiskGraphViews.Cascade cascade = new RiskGraphViews.Cascade("asset:ETH", 0.3,
                List.of(new RiskGraphViews.Cascade.Round(1, List.of("protocol:lend"), prices, 12_345.5)),
                List.of("protocol:lend"), 12_345.5, 1.0E9, prices);
        AnalysisJob inMemory = new AnalysisJob("j1", "what-if", "DONE", 1, STARTED, ENDED, cascade, null);
        StoredAnalysisJob row = new StoredAnalysisJob("j1", "what-if", "DONE", 1, JSON.toJson(cascade), null,
                "node-1", STARTED, ENDED, ENDED);

        AnalysisJob read = AnalysisJobs.view(row, ENDED.plusSeconds(600));

        assertThat(parse(JSON.toJson(read))).isEqualTo(parse(JSON.toJson(inMemory)));
        assertThat(JSON.toJson(read)).contains("\"rounds\":[{").contains("\"state\":\"DONE\"");
    }

    @Test
    void aJobHeardOfRecentlyIsStillRunning() {
        StoredAnalysisJob row = new StoredAnalysisJob("j2", "ranking", "RUNNING", 0.4, null, null, "node-2",
                STARTED, null, STARTED.plusSeconds(30));

        AnalysisJob read = AnalysisJobs.view(row, STARTED.plusSeconds(89));

        assertThat(read.state()).isEqualTo("RUNNING");
        assertThat(read.progress()).isEqualTo(0.4);
        assertThat(read.error()).isNull();
    }

    /** Its node died: the heartbeat stopped a minute ago. */
    @Test
    void aRunningJobWhoseNodeFellSilentReadsAsFailedNamingTheNode() {
        StoredAnalysisJob row = new StoredAnalysisJob("j3", "thresholds", "RUNNING", 0.4, null, null, "node-2",
                STARTED, null, STARTED.plusSeconds(30));

        AnalysisJob read = AnalysisJobs.view(row, STARTED.plusSeconds(91));

        assertThat(read.state()).isEqualTo("FAILED");
        assertThat(read.error()).contains("node-2").contains("start the job again");
        assertThat(read.finishedAt()).isEqualTo(STARTED.plusSeconds(30));
        assertThat(read.progress()).isEqualTo(0.4);
    }

    @Test
    void aFailedJobKeepsItsReason() {
        StoredAnalysisJob row = new StoredAnalysisJob("j4", "what-if", "FAILED", 0.2, null, "no such node", "node-1",
                STARTED, ENDED, ENDED);

        assertThat(AnalysisJobs.view(row, ENDED.plusSeconds(3_000)).error()).isEqualTo("no such node");
    }

    private static JsonValue parse(String json) {
        return Json.createReader(new StringReader(json)).readValue();
    }
}
