package dev.deepdive.web;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/** Reads a server-sent event stream from a REST Assured response, in order. */
public record ServerSentEvents(List<Event> events) {

    /** One event: its name and its data, parsed as JSON when it is JSON. */
    public record Event(String name, String data) {
        public JsonPath json() {
            return JsonPath.from(data);
        }
    }

    public static ServerSentEvents post(String path, Object body, Object... pathParams) {
        var request = given().accept("text/event-stream");
        if (body != null) request = request.contentType(ContentType.JSON).body(body);
        Response response = request.post(path, pathParams);
        response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/event-stream"));
        return parse(response.asString());
    }

    static ServerSentEvents parse(String stream) {
        List<Event> events = new ArrayList<>();
        for (String block : stream.split("\\r?\\n\\r?\\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\\r?\\n")) {
                if (line.startsWith("event:")) name = line.substring(6).strip();
                else if (line.startsWith("data:")) data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).replaceFirst("^ ", ""));
            }
            if (!data.isEmpty() || !name.equals("message")) events.add(new Event(name, data.toString()));
        }
        return new ServerSentEvents(events);
    }

    public List<String> names() {
        return events.stream().map(Event::name).toList();
    }

    public Event first(String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no '" + name + "' event in " + names()));
    }

    /** The words the token events carried, joined. */
    public String tokens() {
        return String.join("", events.stream().filter(e -> e.name().equals("token")).map(e -> e.json().getString("text")).toList());
    }
}
