namespace Mentoring.Core.Requests;

/// <summary>A mentor's answer: a word for the mentee, and on acceptance optionally the mentor's own objective.</summary>
public sealed record AnswerBody(string? Word = null, string? Objective = null);
