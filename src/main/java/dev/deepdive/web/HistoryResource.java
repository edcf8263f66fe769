package dev.deepdive.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Per-topic trends across all interviews whose grades the candidate may see. */
@Path("/api/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {
    private final InterviewHistory history;

    public HistoryResource(InterviewHistory history) {
        this.history = history;
    }

    @GET
    @Path("topics")
    public List<TrendView> topics() {
        return history.topicTrends();
    }
}
