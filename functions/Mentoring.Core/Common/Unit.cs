namespace Mentoring.Core.Common;

/// <summary>The value of a result that carries no value.</summary>
public readonly record struct Unit
{
    public static readonly Unit Value;
}
