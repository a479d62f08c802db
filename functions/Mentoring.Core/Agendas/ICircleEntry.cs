namespace Mentoring.Core.Agendas;

/// <summary>Something members write in a circle and the store keeps as one entity of the circle's partition.</summary>
public interface ICircleEntry
{
    /// <summary>Unique among entries of the same type in one circle; stable for the entry's whole life.</summary>
    string Key { get; }
}
