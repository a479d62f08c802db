using System.Globalization;
using System.Text;

namespace Mentoring.M365Emulator.Graph.Users;

/// <summary>Directory $search: <c>"property:text"</c> clauses joined by AND / OR (upper case), with parentheses.</summary>
/// <remarks>
/// Graph's documented rules ("Use the $search query parameter", directory objects): a clause sits inside double quotes,
/// where only a double quote and a backslash are escaped, with a backslash. displayName is matched by tokens: the value and
/// the text are split at spaces, symbols (each its own token), digit runs and lower-to-upper case changes; every token of
/// the text must start a token of the value, in any order, ignoring case ("Guthr" finds "Guthrie"). Other properties match
/// when the value starts with the text. AND binds tighter than OR.
/// </remarks>
internal sealed class UserSearch
{
    private static readonly string[] Searchable = ["displayName", "mail", "userPrincipalName", "givenName", "surname"];

    private readonly string _text;
    private int _at;

    private UserSearch(string text) => _text = text;

    /// <summary>The predicate of a $search value, or the reason Graph would refuse it.</summary>
    public static (Func<DemoUser, bool>? Match, string? Error) Parse(string search)
    {
        var parser = new UserSearch(search);
        try
        {
            var match = parser.Or();
            parser.SkipSpaces();
            return parser._at == search.Length ? (match, null) : (null, $"Syntax error at position {parser._at} in $search.");
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
    }

    private Func<DemoUser, bool> Or()
    {
        var left = And();
        while (Keyword("OR"))
        {
            var (a, b) = (left, And());
            left = u => a(u) || b(u);
        }

        return left;
    }

    private Func<DemoUser, bool> And()
    {
        var left = Primary();
        while (Keyword("AND"))
        {
            var (a, b) = (left, Primary());
            left = u => a(u) && b(u);
        }

        return left;
    }

    private Func<DemoUser, bool> Primary()
    {
        SkipSpaces();
        if (Peek('('))
        {
            _at++;
            var inner = Or();
            SkipSpaces();
            if (!Peek(')'))
                throw new FormatException("Unbalanced parentheses in $search.");
            _at++;
            return inner;
        }

        return Clause(Quoted());
    }

    private string Quoted()
    {
        if (!Peek('"'))
            throw new FormatException($"Syntax error: a $search clause must be enclosed in double quotes (position {_at}).");
        _at++;
        var clause = new StringBuilder();
        while (_at < _text.Length && _text[_at] != '"')
        {
            if (_text[_at] == '\\' && _at + 1 < _text.Length)
                _at++;
            clause.Append(_text[_at++]);
        }

        if (_at >= _text.Length)
            throw new FormatException("Syntax error: unterminated double quote in $search.");
        _at++;
        return clause.ToString();
    }

    private static Func<DemoUser, bool> Clause(string clause)
    {
        var colon = clause.IndexOf(':', StringComparison.Ordinal);
        var property = colon < 0 ? "" : clause[..colon];
        if (!Searchable.Contains(property, StringComparer.OrdinalIgnoreCase))
            throw new FormatException($"Invalid search property: '{property}'.");
        var text = clause[(colon + 1)..];
        if (property.Equals("displayName", StringComparison.OrdinalIgnoreCase))
        {
            var wanted = Tokens(text);
            return u => wanted.Count > 0 && wanted.All(w => Tokens(u.DisplayName).Any(t => t.StartsWith(w, StringComparison.Ordinal)));
        }

        return u => Value(u, property).StartsWith(text, StringComparison.OrdinalIgnoreCase) && text.Length > 0;
    }

    private static string Value(DemoUser user, string property) => property.ToLowerInvariant() switch
    {
        "mail" => user.Email,
        "userprincipalname" => user.UserPrincipalName,
        "givenname" => user.DisplayName.Split(' ')[0],
        _ => user.DisplayName.Split(' ', 2)[^1],
    };

    /// <summary>Graph's tokenization, lower-cased; words joined only by symbols also give their concatenation.</summary>
    internal static List<string> Tokens(string value)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0)
                tokens.Add(word.ToString().ToLower(CultureInfo.InvariantCulture));
            word.Clear();
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else if (!char.IsLetterOrDigit(c))
            {
                Flush();
                tokens.Add(c.ToString());
            }
            else
            {
                var previous = word.Length > 0 ? word[^1] : '\0';
                if (word.Length > 0 && (char.IsDigit(c) != char.IsDigit(previous) || (char.IsUpper(c) && char.IsLower(previous))))
                    Flush();
                word.Append(c);
            }
        }

        Flush();
        foreach (var part in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var joined = string.Concat(part.Where(char.IsLetterOrDigit)).ToLower(CultureInfo.InvariantCulture);
            if (joined.Length > 0 && !tokens.Contains(joined))
                tokens.Add(joined);
        }

        return tokens;
    }

    private bool Keyword(string word)
    {
        SkipSpaces();
        if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0)
            return false;
        _at += word.Length;
        return true;
    }

    private bool Peek(char c) => _at < _text.Length && _text[_at] == c;

    private void SkipSpaces()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
            _at++;
    }
}
