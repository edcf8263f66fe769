package dev.deepdive.web;

import dev.deepdive.transcript.Report;

/** The recorded session as JSON: every turn, and the report once grades may be shown. */
public record TranscriptView(InterviewView interview, Report report) {
}
