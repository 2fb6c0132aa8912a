/*
 * treffsicher.core._speedups: per-word loops of the voice profile in C.
 *
 * Each function has a pure-Python twin that stays the reference (core/tokens.py,
 * core/features/base.py and lexical.py, core/signature.py); tests/core/test_speedups.py
 * compares both on generated and hand-written text, and the package works without this
 * module (where no C compiler was at hand when it was installed). Why and what else was
 * considered: docs/decisions/0025-compiled-scanner.md.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* [a-zA-ZäöüÄÖÜß]: the letters of SPLIT_RE's shortcuts (core/tokens.py). */
static inline int
is_short_letter(Py_UCS4 c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 0xE4 || c == 0xF6
           || c == 0xFC || c == 0xC4 || c == 0xD6 || c == 0xDC || c == 0xDF;
}

/* Characters that TOKEN_RE takes as a token of their own through its punct alternative
 * (no alternative before it starts with one, and punct takes one of them alone). */
static inline int
is_single_punct(Py_UCS4 c)
{
    switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '"': case '\'':
    case 0x201E: case 0x201C: case 0x201D: case 0x201A: case 0x2018: case 0x2019:
    case 0x00BB: case 0x00AB: case 0x2039: case 0x203A: case 0x2013: case 0x2014:
    case 0x2010: case 0x2011: case 0x2012: case 0x2015: case 0x00BF: case 0x00A1:
        return 1;
    default:
        return 0;
    }
}

/* Characters that only TOKEN_RE's symbol alternative takes (no other starts with one). */
static inline int
is_single_symbol(Py_UCS4 c)
{
    switch (c) {
    case 0x20AC: case '%': case '&': case 0x00A7: case '@': case '/': case '=': case '$':
    case 0x00A3: case 0x00A5:
        return 1;
    default:
        return 0;
    }
}

/* Whether TOKEN_RE's word alternative stops before `c` with neither a word rest nor a tail:
 * `c` is no letter or digit (Unicode, as [^\W_]), no "_" and none of - ‐ ‑ ' ’ : * / . @ +
 * (the lookaheads of _WORD_REST and of the dotted, URL, email and domain tails). */
static inline int
ends_word_for_token_re(Py_UCS4 c)
{
    if (Py_UNICODE_ISALNUM(c)) {
        return 0;
    }
    switch (c) {
    case '_': case '-': case 0x2010: case 0x2011: case '\'': case 0x2019: case ':': case '*':
    case '/': case '.': case '@': case '+':
        return 0;
    default:
        return 1;
    }
}

/* The characters after which SPLIT_RE's first shortcut ends a word: [ \n\t,;!?)]. */
static inline int
ends_plain_word(Py_UCS4 c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == ',' || c == ';' || c == '!' || c == '?'
           || c == ')';
}

/* Interned once: a match object's method and attribute the scan asks for. */
static PyObject *end_name;
static PyObject *lastindex_name;
static PyObject *first_token_name; /* Sentence.first_token, for passive_sentences */

static int
append_ssize(PyObject *list, Py_ssize_t value)
{
    PyObject *number = PyLong_FromSsize_t(value);
    if (number == NULL) {
        return -1;
    }
    int failed = PyList_Append(list, number);
    Py_DECREF(number);
    return failed;
}

/* str.isalpha() of text[start:end] (end > start). */
static int
span_is_alpha(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    for (Py_ssize_t i = start; i < end; i++) {
        if (!Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, i))) {
            return 0;
        }
    }
    return 1;
}

/*
 * The end of the token that SPLIT_RE's shortcuts give at `p` (a non-space character), or
 * -1 where none applies and the full regex must decide. *alpha tells whether the token
 * is letters only, *token_kind what TOKEN_RE's group would make it. Mirrors, in order:
 *   [L][L0-9]*+(?=[ \n\t,;!?)])
 *   (?!(?:ABBREVIATIONS|www)\.)[L][L0-9]++(?=\.(?:\s+[^\s\d]|\s*\Z))
 *   ,
 *   \.(?!\.)
 * and cases where TOKEN_RE's own alternatives are plain (tests compare them all):
 *   [?!]+, the single characters of is_single_punct and is_single_symbol, ":" and ";"
 *   before a space or the end, [0-9]+ before a space or the end, and a word of those
 *   letters that TOKEN_RE ends without a rest or tail (ends_word_for_token_re, or the end
 *   of the text).
 * \s and \d are Unicode classes as in Python's re (Py_UNICODE_ISSPACE, _ISDECIMAL).
 */
enum token_kind { KIND_WORD, KIND_NUMBER, KIND_PUNCT, KIND_SYMBOL };

static Py_ssize_t
shortcut_end(PyObject *text, int kind, const void *data, Py_ssize_t n, Py_ssize_t p,
             PyObject *abbreviations, int *alpha, enum token_kind *token_kind)
{
    Py_UCS4 c = PyUnicode_READ(kind, data, p);
    *token_kind = KIND_PUNCT;
    if (c == ',') {
        *alpha = 0;
        return p + 1;
    }
    if (c == '.') {
        *alpha = 0;
        if (p + 1 < n && PyUnicode_READ(kind, data, p + 1) == '.') {
            return -1;
        }
        return p + 1;
    }
    /* TOKEN_RE itself: no alternative before its punct one starts with these. */
    if (c == '?' || c == '!') {
        *alpha = 0;
        Py_ssize_t q = p + 1;
        while (q < n) {
            Py_UCS4 d = PyUnicode_READ(kind, data, q);
            if (d != '?' && d != '!') {
                break;
            }
            q++;
        }
        return q;
    }
    if (is_single_punct(c)) {
        *alpha = 0;
        return p + 1;
    }
    if (is_single_symbol(c)) {
        *alpha = 0;
        *token_kind = KIND_SYMBOL;
        return p + 1;
    }
    /* ":" or ";" before a space or the end: no emoticon, so punct takes it alone. */
    if ((c == ':' || c == ';')
        && (p + 1 == n || Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, p + 1)))) {
        *alpha = 0;
        return p + 1;
    }
    /* Digits before a space or the end: TOKEN_RE's plain number (its dotted, timed,
     * ordinal and keycap forms all need another character right after the digits). */
    if (c >= '0' && c <= '9') {
        *token_kind = KIND_NUMBER;
        Py_ssize_t q = p + 1;
        while (q < n) {
            Py_UCS4 d = PyUnicode_READ(kind, data, q);
            if (d < '0' || d > '9') {
                break;
            }
            q++;
        }
        *alpha = 0;
        if (q == n || Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, q))) {
            return q;
        }
        return -1;
    }
    if (!is_short_letter(c)) {
        return -1;
    }
    *token_kind = KIND_WORD;
    Py_ssize_t q = p + 1;
    int digits = 0;
    while (q < n) {
        Py_UCS4 d = PyUnicode_READ(kind, data, q);
        if (d >= '0' && d <= '9') {
            digits = 1;
        }
        else if (!is_short_letter(d)) {
            break;
        }
        q++;
    }
    *alpha = !digits;
    if (q >= n) {
        return q; /* TOKEN_RE's word: no rest or tail can follow at the end of the text */
    }
    Py_UCS4 f = PyUnicode_READ(kind, data, q);
    if (ends_plain_word(f) || ends_word_for_token_re(f)) {
        return q;
    }
    if (f != '.' || q - p < 2) {
        return -1;
    }
    Py_ssize_t r = q + 1;
    while (r < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, r))) {
        r++;
    }
    int sentence_dot = r == n || (r > q + 1 && !Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, r)));
    if (!sentence_dot) {
        return -1;
    }
    PyObject *word = PyUnicode_Substring(text, p, q);
    if (word == NULL) {
        return -2;
    }
    int known = PySet_Contains(abbreviations, word);
    Py_DECREF(word);
    if (known < 0) {
        return -2;
    }
    return known ? -1 : q;
}

PyDoc_STRVAR(scan_tokens_doc,
             "scan_tokens(text, match, abbreviations, kinds, word, number, punct, symbol)\n"
             "-> (starts, ends, texts, kinds, others)\n\n"
             "The tokens TOKEN_RE finds one after the other in text (as SPLIT_RE.split gives\n"
             "them), with their offsets, their kinds and the indices of those that are not\n"
             "letters only. `match` is TOKEN_RE.match, called where no shortcut applies;\n"
             "`kinds` maps its lastindex to a kind; `abbreviations` is the set of\n"
             "ABBREVIATIONS and \"www\"; word, number, punct and symbol are the kinds the\n"
             "shortcuts give.");

static PyObject *
scan_tokens(PyObject *self, PyObject *args)
{
    PyObject *text, *match, *abbreviations, *kind_names;
    PyObject *shortcut_kinds[4];
    if (!PyArg_ParseTuple(args, "UOOO!UUUU:scan_tokens", &text, &match, &abbreviations,
                          &PyTuple_Type, &kind_names, &shortcut_kinds[KIND_WORD],
                          &shortcut_kinds[KIND_NUMBER], &shortcut_kinds[KIND_PUNCT],
                          &shortcut_kinds[KIND_SYMBOL])) {
        return NULL;
    }
    if (PyTuple_GET_SIZE(kind_names) == 0) {
        PyErr_SetString(PyExc_ValueError, "kinds must not be empty");
        return NULL;
    }
    if (!PyAnySet_Check(abbreviations)) {
        PyErr_SetString(PyExc_TypeError, "abbreviations must be a set or frozenset");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *starts = PyList_New(0);
    PyObject *ends = PyList_New(0);
    PyObject *texts = PyList_New(0);
    PyObject *kinds = PyList_New(0);
    PyObject *others = PyList_New(0);
    if (starts == NULL || ends == NULL || texts == NULL || kinds == NULL || others == NULL) {
        goto error;
    }
    Py_ssize_t p = 0;
    Py_ssize_t index = 0;
    for (;;) {
        while (p < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, p))) {
            p++;
        }
        if (p >= n) {
            break;
        }
        int alpha = 0;
        enum token_kind token_kind = KIND_SYMBOL;
        PyObject *kind_name = NULL; /* borrowed */
        Py_ssize_t end =
            shortcut_end(text, kind, data, n, p, abbreviations, &alpha, &token_kind);
        if (end == -2) {
            goto error;
        }
        if (end < 0) {
            PyObject *position = PyLong_FromSsize_t(p);
            if (position == NULL) {
                goto error;
            }
            PyObject *call_args[2] = {text, position};
            PyObject *m = PyObject_Vectorcall(match, call_args, 2, NULL);
            Py_DECREF(position);
            if (m == NULL) {
                goto error;
            }
            if (m == Py_None) {
                Py_DECREF(m);
                PyErr_SetString(PyExc_RuntimeError, "the token regex matched no token");
                goto error;
            }
            PyObject *m_end = PyObject_CallMethodNoArgs(m, end_name);
            PyObject *m_group = m_end == NULL ? NULL : PyObject_GetAttr(m, lastindex_name);
            Py_DECREF(m);
            if (m_group == NULL) {
                Py_XDECREF(m_end);
                goto error;
            }
            Py_ssize_t group = m_group == Py_None ? 0 : PyLong_AsSsize_t(m_group);
            Py_DECREF(m_group);
            if (group < 0 || group >= PyTuple_GET_SIZE(kind_names)) {
                Py_DECREF(m_end);
                if (!PyErr_Occurred()) {
                    PyErr_SetString(PyExc_ValueError, "kinds has no entry for a group");
                }
                goto error;
            }
            kind_name = PyTuple_GET_ITEM(kind_names, group);
            end = PyLong_AsSsize_t(m_end);
            Py_DECREF(m_end);
            if (end == -1 && PyErr_Occurred()) {
                goto error;
            }
            if (end <= p || end > n) {
                PyErr_SetString(PyExc_RuntimeError, "the token regex gave an empty token");
                goto error;
            }
            alpha = span_is_alpha(kind, data, p, end);
        }
        else {
            kind_name = shortcut_kinds[token_kind];
        }
        PyObject *token = PyUnicode_Substring(text, p, end);
        if (token == NULL) {
            goto error;
        }
        int failed = PyList_Append(texts, token);
        Py_DECREF(token);
        if (failed || append_ssize(starts, p) || append_ssize(ends, end)
            || PyList_Append(kinds, kind_name)) {
            goto error;
        }
        if (!alpha && append_ssize(others, index)) {
            goto error;
        }
        index++;
        p = end;
    }
    return Py_BuildValue("(NNNNN)", starts, ends, texts, kinds, others);

error:
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    Py_XDECREF(texts);
    Py_XDECREF(kinds);
    Py_XDECREF(others);
    return NULL;
}

static int word_ids(PyObject **items, Py_ssize_t n, Py_ssize_t *ids, Py_ssize_t *types,
                    Py_ssize_t *firsts); /* with the feature families' loops, below */

/* One direction of MTLD over word ids (see mtld_both); `stamps` has one slot per type. */
static double
mtld_direction(const Py_ssize_t *ids, Py_ssize_t n, int backward, long drop, Py_ssize_t *stamps)
{
    long keep = 100 - drop;
    double factors = 0.0;
    long long excess = 0;
    Py_ssize_t factor = 1; /* stamps[id] == factor: the id was seen in this factor */
    Py_ssize_t types = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_ssize_t id = ids[backward ? n - 1 - k : k];
        if (stamps[id] != factor) {
            stamps[id] = factor;
            types++;
            excess += keep;
        }
        else {
            excess -= drop;
            if (excess <= 0) {
                factors += 1.0;
                factor++;
                types = 0;
                excess = 0;
            }
        }
    }
    if (types) {
        long long count = (100LL * types - excess) / drop; /* both positive: floor */
        double ttr = (double)types / (double)count;
        factors += (1.0 - ttr) / (1.0 - (double)drop / 100.0);
    }
    if (factors <= 0.0) {
        return (double)n;
    }
    return (double)n / factors;
}

PyDoc_STRVAR(mtld_both_doc,
             "mtld_both(words, threshold_percent) -> (forward, backward)\n\n"
             "Both directions of MTLD, as core.features.lexical._mtld_pass computes them on\n"
             "words and on words[::-1]: the words become ids once (one dict look-up each),\n"
             "and each pass marks the ids seen in the current factor.");

static PyObject *
mtld_both(PyObject *self, PyObject *args)
{
    PyObject *words;
    long drop;
    if (!PyArg_ParseTuple(args, "Ol:mtld_both", &words, &drop)) {
        return NULL;
    }
    if (drop <= 0 || drop >= 100) {
        PyErr_SetString(PyExc_ValueError, "threshold_percent must lie between 1 and 99");
        return NULL;
    }
    PyObject *seq = PySequence_Fast(words, "words must be a sequence");
    if (seq == NULL) {
        return NULL;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    Py_ssize_t *ids = PyMem_Malloc((n ? n : 1) * sizeof(Py_ssize_t));
    Py_ssize_t *stamps = NULL;
    PyObject *result = NULL;
    if (ids == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t types = 0;
    if (word_ids(items, n, ids, &types, NULL) < 0) {
        goto done;
    }
    stamps = PyMem_Calloc(types ? types : 1, sizeof(Py_ssize_t));
    if (stamps == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    double forward = mtld_direction(ids, n, 0, drop, stamps);
    memset(stamps, 0, (types ? types : 1) * sizeof(Py_ssize_t));
    double backward = mtld_direction(ids, n, 1, drop, stamps);
    result = Py_BuildValue("(dd)", forward, backward);

done:
    PyMem_Free(ids);
    PyMem_Free(stamps);
    Py_DECREF(seq);
    return result;
}

/* ------------------------------------------------------------------------------------
 * For the feature families: their word views (features/base.py prepare_text), the words
 * of a passage and, in the same pass, where the words of the families' joined word lists
 * (address, syntax, wording, gender) and of their word tests stand; and scans of the
 * text that spare gender.py regex scans (has_feminine_noun, gender_mark_starts).
 * ---------------------------------------------------------------------------------- */

/* The ints 0 … INDEX_INTS - 1, made once when first needed and shared by the views of
 * every passage: a new int for every word index and position was most of what the views
 * cost in memory (and in time, to allocate it). */
#define INDEX_INTS 65536
static PyObject **index_ints;
static Py_ssize_t n_index_ints;

/* A new reference to the int `value`, or NULL with an exception set. */
static PyObject *
index_int(Py_ssize_t value)
{
    if (value < 0 || value >= INDEX_INTS) {
        return PyLong_FromSsize_t(value);
    }
    if (value >= n_index_ints) {
        Py_ssize_t grown = n_index_ints ? n_index_ints : 1024;
        while (grown <= value) {
            grown *= 2;
        }
        if (grown > INDEX_INTS) {
            grown = INDEX_INTS;
        }
        PyObject **ints = PyMem_Realloc(index_ints, grown * sizeof(PyObject *));
        if (ints == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        index_ints = ints;
        for (Py_ssize_t v = n_index_ints; v < grown; v++) {
            index_ints[v] = PyLong_FromSsize_t(v);
            if (index_ints[v] == NULL) {
                n_index_ints = v;
                return NULL;
            }
        }
        n_index_ints = grown;
    }
    Py_INCREF(index_ints[value]);
    return index_ints[value];
}

/* append_ssize with the shared ints. */
static int
append_index(PyObject *list, Py_ssize_t value)
{
    PyObject *number = index_int(value);
    if (number == NULL) {
        return -1;
    }
    int failed = PyList_Append(list, number);
    Py_DECREF(number);
    return failed;
}

/* The (lower-case word, marks) entry of a token text: from `seen`, or made and stored
 * there. Bit b of marks is set when the word is in covers[b] (b < len(covers)) or when
 * judges[b - len(covers)](word) is true. A new reference, or NULL with an exception set. */
static PyObject *
word_entry(PyObject *text, PyObject *lower, PyObject *seen, PyObject *covers, PyObject *judges)
{
    PyObject *entry = PyDict_GetItemWithError(seen, text);
    if (entry != NULL) {
        if (!PyTuple_CheckExact(entry) || PyTuple_GET_SIZE(entry) != 2) {
            PyErr_SetString(PyExc_TypeError, "seen must map texts to (word, marks) tuples");
            return NULL;
        }
        Py_INCREF(entry);
        return entry;
    }
    if (PyErr_Occurred()) {
        return NULL;
    }
    PyObject *word = PyObject_CallOneArg(lower, text);
    if (word == NULL) {
        return NULL;
    }
    unsigned long long marks = 0;
    Py_ssize_t n_covers = PyTuple_GET_SIZE(covers);
    Py_ssize_t n_judges = PyTuple_GET_SIZE(judges);
    for (Py_ssize_t b = 0; b < n_covers + n_judges; b++) {
        int yes;
        if (b < n_covers) {
            yes = PySequence_Contains(PyTuple_GET_ITEM(covers, b), word);
        }
        else {
            PyObject *verdict = PyObject_CallOneArg(PyTuple_GET_ITEM(judges, b - n_covers), word);
            yes = verdict == NULL ? -1 : PyObject_IsTrue(verdict);
            Py_XDECREF(verdict);
        }
        if (yes < 0) {
            Py_DECREF(word);
            return NULL;
        }
        if (yes) {
            marks |= 1ULL << b;
        }
    }
    entry = Py_BuildValue("(NK)", word, marks); /* takes over the reference to word */
    if (entry == NULL || PyDict_SetItem(seen, text, entry) < 0) {
        Py_XDECREF(entry);
        return NULL;
    }
    return entry;
}

/* word_views, and keyed_word_views when `seen` is not NULL (see their docs). */
static PyObject *
build_word_views(PyObject *kinds, PyObject *texts, PyObject *firsts, PyObject *ends,
                 PyObject *word_kind, PyObject *lower, PyObject *seen, PyObject *covers,
                 PyObject *judges)
{
    Py_ssize_t n_tokens = PyList_GET_SIZE(kinds);
    Py_ssize_t n_sentences = PyList_GET_SIZE(firsts);
    if (PyList_GET_SIZE(texts) != n_tokens || PyList_GET_SIZE(ends) != n_sentences) {
        PyErr_SetString(PyExc_ValueError, "kinds/texts or firsts/ends differ in length");
        return NULL;
    }
    Py_ssize_t n_bits = 0;
    if (seen != NULL) {
        n_bits = PyTuple_GET_SIZE(covers) + PyTuple_GET_SIZE(judges);
        if (n_bits > 64) {
            PyErr_SetString(PyExc_ValueError, "at most 64 word lists and tests");
            return NULL;
        }
    }
    /* Which tokens are words, first: the word lists are made at their size. */
    char *is_word = PyMem_Malloc(n_tokens ? n_tokens : 1);
    if (is_word == NULL) {
        return PyErr_NoMemory();
    }
    Py_ssize_t n_words = 0;
    for (Py_ssize_t i = 0; i < n_tokens; i++) {
        PyObject *kind = PyList_GET_ITEM(kinds, i);
        int word = kind == word_kind;
        if (!word) {
            word = PyObject_RichCompareBool(kind, word_kind, Py_EQ);
            if (word < 0) {
                PyMem_Free(is_word);
                return NULL;
            }
        }
        is_word[i] = (char)word;
        n_words += word;
    }
    PyObject *word_indices = PyList_New(n_words);
    PyObject *word_texts = PyList_New(n_words);
    PyObject *words = PyList_New(n_words);
    PyObject *start_of = PyList_New(n_sentences);
    PyObject *count_of = PyList_New(n_sentences);
    PyObject *first_word = PyList_New(n_sentences);
    PyObject *sentence_of = PyList_New(n_tokens);
    PyObject *hits = PyList_New(n_bits);
    if (word_indices == NULL || word_texts == NULL || words == NULL || start_of == NULL
        || count_of == NULL || first_word == NULL || sentence_of == NULL || hits == NULL) {
        goto error;
    }
    for (Py_ssize_t b = 0; b < n_bits; b++) {
        PyObject *positions = PyList_New(0);
        if (positions == NULL) {
            goto error;
        }
        PyList_SET_ITEM(hits, b, positions);
    }
    Py_ssize_t k = 0;
    Py_ssize_t expected_first = 0;
    for (Py_ssize_t s = 0; s < n_sentences; s++) {
        Py_ssize_t first = PyLong_AsSsize_t(PyList_GET_ITEM(firsts, s));
        Py_ssize_t end = PyLong_AsSsize_t(PyList_GET_ITEM(ends, s));
        if (PyErr_Occurred()) {
            goto error;
        }
        if (first != expected_first || end < first || end > n_tokens) {
            PyErr_SetString(PyExc_ValueError, "sentences must cover the tokens in order");
            goto error;
        }
        expected_first = end;
        Py_ssize_t sentence_start = k;
        Py_ssize_t first_index = -1;
        PyObject *s_number = index_int(s);
        if (s_number == NULL) {
            goto error;
        }
        for (Py_ssize_t i = first; i < end; i++) {
            Py_INCREF(s_number);
            PyList_SET_ITEM(sentence_of, i, s_number);
            if (!is_word[i]) {
                continue;
            }
            PyObject *text = PyList_GET_ITEM(texts, i);
            PyObject *lowered;
            unsigned long long marks = 0;
            if (seen == NULL) {
                lowered = PyObject_CallOneArg(lower, text);
            }
            else {
                PyObject *entry = word_entry(text, lower, seen, covers, judges);
                if (entry == NULL) {
                    Py_DECREF(s_number);
                    goto error;
                }
                lowered = PyTuple_GET_ITEM(entry, 0);
                Py_INCREF(lowered);
                marks = PyLong_AsUnsignedLongLong(PyTuple_GET_ITEM(entry, 1));
                Py_DECREF(entry);
                if (PyErr_Occurred() || (n_bits < 64 && marks >> n_bits)) {
                    if (!PyErr_Occurred()) {
                        PyErr_SetString(PyExc_ValueError, "marks beyond the word lists in seen");
                    }
                    Py_DECREF(lowered);
                    Py_DECREF(s_number);
                    goto error;
                }
            }
            if (lowered == NULL) {
                Py_DECREF(s_number);
                goto error;
            }
            PyObject *index = index_int(i);
            if (index == NULL) {
                Py_DECREF(lowered);
                Py_DECREF(s_number);
                goto error;
            }
            PyList_SET_ITEM(words, k, lowered);
            PyList_SET_ITEM(word_indices, k, index);
            Py_INCREF(text);
            PyList_SET_ITEM(word_texts, k, text);
            for (Py_ssize_t b = 0; marks; b++, marks >>= 1) {
                if ((marks & 1) && append_index(PyList_GET_ITEM(hits, b), k)) {
                    Py_DECREF(s_number);
                    goto error;
                }
            }
            if (first_index < 0) {
                first_index = i;
            }
            k++;
        }
        Py_DECREF(s_number);
        PyObject *values[3] = {index_int(sentence_start), index_int(k - sentence_start),
                               index_int(first_index)};
        if (values[0] == NULL || values[1] == NULL || values[2] == NULL) {
            Py_XDECREF(values[0]);
            Py_XDECREF(values[1]);
            Py_XDECREF(values[2]);
            goto error;
        }
        PyList_SET_ITEM(start_of, s, values[0]);
        PyList_SET_ITEM(count_of, s, values[1]);
        PyList_SET_ITEM(first_word, s, values[2]);
    }
    if (expected_first != n_tokens) {
        PyErr_SetString(PyExc_ValueError, "sentences must cover the tokens in order");
        goto error;
    }
    PyMem_Free(is_word);
    if (seen == NULL) {
        Py_DECREF(hits);
        return Py_BuildValue("(NNNNNNN)", word_indices, word_texts, words, start_of, count_of,
                             first_word, sentence_of);
    }
    return Py_BuildValue("(NNNNNNNN)", word_indices, word_texts, words, start_of, count_of,
                         first_word, sentence_of, hits);

error:
    PyMem_Free(is_word);
    Py_XDECREF(word_indices);
    Py_XDECREF(word_texts);
    Py_XDECREF(words);
    Py_XDECREF(start_of);
    Py_XDECREF(count_of);
    Py_XDECREF(first_word);
    Py_XDECREF(sentence_of);
    Py_XDECREF(hits);
    return NULL;
}

PyDoc_STRVAR(keyed_word_views_doc,
             "keyed_word_views(kinds, texts, sentences, word_kind, lower, seen, covers,\n"
             "                 judges) -> tuple of 9 lists, or None\n\n"
             "word_views' seven views, the sentences' end tokens and, last, one list per word\n"
             "list in the tuple covers and per word test in the tuple judges: the positions in\n"
             "words of the words in that list or passing that test. sentences are (start, end,\n"
             "first_token, end_token) tuples; None when they do not cover the tokens one after\n"
             "the other. A word is lower(text); seen is a dict text -> (word, marks) that keeps\n"
             "both for the next passages (bit b of marks: the word is in covers[b], or passes\n"
             "judges[b - len(covers)]); the caller bounds it. features/base.py prepare_text\n"
             "with _keyword_positions is the twin.");

static PyObject *
keyed_word_views(PyObject *self, PyObject *args)
{
    PyObject *kinds, *texts, *sentences, *word_kind, *lower, *seen, *covers, *judges;
    if (!PyArg_ParseTuple(args, "O!O!O!UOO!O!O!:keyed_word_views", &PyList_Type, &kinds,
                          &PyList_Type, &texts, &PyList_Type, &sentences, &word_kind, &lower,
                          &PyDict_Type, &seen, &PyTuple_Type, &covers, &PyTuple_Type,
                          &judges)) {
        return NULL;
    }
    Py_ssize_t n_sentences = PyList_GET_SIZE(sentences);
    Py_ssize_t n_tokens = PyList_GET_SIZE(kinds);
    if (n_sentences == 0) {
        Py_RETURN_NONE; /* prepare_text's general case */
    }
    PyObject *firsts = PyList_New(n_sentences);
    PyObject *ends = PyList_New(n_sentences);
    PyObject *views = NULL;
    PyObject *result = NULL;
    if (firsts == NULL || ends == NULL) {
        goto done;
    }
    Py_ssize_t expected_first = 0;
    for (Py_ssize_t s = 0; s < n_sentences; s++) {
        PyObject *sentence = PyList_GET_ITEM(sentences, s);
        if (!PyTuple_Check(sentence) || PyTuple_GET_SIZE(sentence) < 4) {
            PyErr_SetString(PyExc_TypeError, "sentences must be Sentence tuples");
            goto done;
        }
        Py_ssize_t first = PyLong_AsSsize_t(PyTuple_GET_ITEM(sentence, 2));
        Py_ssize_t end = PyLong_AsSsize_t(PyTuple_GET_ITEM(sentence, 3));
        if (PyErr_Occurred()) {
            goto done;
        }
        if (first != expected_first || end < first || end > n_tokens) {
            result = Py_None; /* not one after the other: prepare_text's general case */
            Py_INCREF(result);
            goto done;
        }
        expected_first = end;
        PyObject *first_number = index_int(first);
        PyObject *end_number = index_int(end);
        if (first_number == NULL || end_number == NULL) {
            Py_XDECREF(first_number);
            Py_XDECREF(end_number);
            goto done;
        }
        PyList_SET_ITEM(firsts, s, first_number);
        PyList_SET_ITEM(ends, s, end_number);
    }
    if (expected_first != n_tokens) {
        result = Py_None;
        Py_INCREF(result);
        goto done;
    }
    views = build_word_views(kinds, texts, firsts, ends, word_kind, lower, seen, covers, judges);
    if (views == NULL) {
        goto done;
    }
    /* (word_indices, word_texts, words, starts, counts, first_word, sentence_of, ends, hits) */
    result = PyTuple_New(9);
    if (result == NULL) {
        goto done;
    }
    for (Py_ssize_t v = 0; v < 7; v++) {
        PyObject *view = PyTuple_GET_ITEM(views, v);
        Py_INCREF(view);
        PyTuple_SET_ITEM(result, v, view);
    }
    Py_INCREF(ends);
    PyTuple_SET_ITEM(result, 7, ends);
    PyObject *hits = PyTuple_GET_ITEM(views, 7);
    Py_INCREF(hits);
    PyTuple_SET_ITEM(result, 8, hits);

done:
    Py_XDECREF(views);
    Py_XDECREF(firsts);
    Py_XDECREF(ends);
    return result;
}

/* [A-ZÄÖÜ] and [a-zäöüß] of gender.PAIR_HINT_RE. */
static inline int
is_hint_upper(Py_UCS4 c)
{
    return (c >= 'A' && c <= 'Z') || c == 0xC4 || c == 0xD6 || c == 0xDC;
}

static inline int
is_hint_lower(Py_UCS4 c)
{
    return (c >= 'a' && c <= 'z') || c == 0xE4 || c == 0xF6 || c == 0xFC || c == 0xDF;
}

/* has_feminine_noun's scan over the characters of one kind (UCS1, UCS2, UCS4). */
#define DEFINE_FEMININE_SCAN(NAME, TYPE)                                                     \
    static int NAME(const TYPE *t, Py_ssize_t n)                                             \
    {                                                                                        \
        Py_ssize_t i = 0;                                                                    \
        while (i < n) {                                                                      \
            if (!is_hint_upper(t[i])) {                                                      \
                i++;                                                                         \
                continue;                                                                    \
            }                                                                                \
            Py_ssize_t j = i + 1;                                                            \
            while (j < n && is_hint_lower(t[j])) {                                           \
                j++;                                                                         \
            }                                                                                \
            /* \b after the run: the regex can end nowhere inside it (letters all). */       \
            if (j == n || !(Py_UNICODE_ISALNUM(t[j]) || t[j] == '_')) {                      \
                Py_ssize_t run = j - i - 1;                                                  \
                if (run >= 4 && t[j - 2] == 'i' && t[j - 1] == 'n') {                        \
                    return 1;                                                                \
                }                                                                            \
                if (run >= 7 && t[j - 5] == 'i' && t[j - 4] == 'n' && t[j - 3] == 'n'        \
                    && t[j - 2] == 'e' && t[j - 1] == 'n') {                                 \
                    return 1;                                                                \
                }                                                                            \
            }                                                                                \
            i = j; /* no capital inside the run; t[j] may start the next */                  \
        }                                                                                    \
        return 0;                                                                            \
    }

DEFINE_FEMININE_SCAN(feminine_scan_ucs1, Py_UCS1)
DEFINE_FEMININE_SCAN(feminine_scan_ucs2, Py_UCS2)
DEFINE_FEMININE_SCAN(feminine_scan_ucs4, Py_UCS4)

PyDoc_STRVAR(has_feminine_noun_doc,
             "has_feminine_noun(text) -> bool\n\n"
             "Whether PAIR_HINT_RE ([A-ZÄÖÜ][a-zäöüß]{2,}in(?:nen)?\\b) finds a match in text:\n"
             "a capital, then a run of those lower-case letters on -in (four or more) or -innen\n"
             "(seven or more) that no word character follows. features/gender.py\n"
             "has_pair_hint is the twin.");

static PyObject *
has_feminine_noun(PyObject *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "text must be str");
        return NULL;
    }
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int found;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        found = feminine_scan_ucs1(data, n);
        break;
    case PyUnicode_2BYTE_KIND:
        found = feminine_scan_ucs2(data, n);
        break;
    default:
        found = feminine_scan_ucs4(data, n);
    }
    return PyBool_FromLong(found);
}

/* gender_mark_starts's scan over the characters of one kind: appends each start. */
#define DEFINE_MARK_SCAN(NAME, TYPE)                                                         \
    static int NAME(const TYPE *t, Py_ssize_t n, PyObject *starts)                           \
    {                                                                                        \
        for (Py_ssize_t i = 0; i + 1 < n; i++) {                                             \
            TYPE c = t[i];                                                                   \
            if (c != ':' && c != '*' && c != '_' && c != '/' && c != 'I') {                  \
                continue;                                                                    \
            }                                                                                \
            Py_ssize_t j = t[i + 1] == '-' ? i + 2 : i + 1;                                  \
            if (j < n && (t[j] == 'n' || (t[j] == 'i' && j + 1 < n && t[j + 1] == 'n'))       \
                && append_ssize(starts, i)) {                                                \
                return -1;                                                                   \
            }                                                                                \
        }                                                                                    \
        return 0;                                                                            \
    }

DEFINE_MARK_SCAN(mark_scan_ucs1, Py_UCS1)
DEFINE_MARK_SCAN(mark_scan_ucs2, Py_UCS2)
DEFINE_MARK_SCAN(mark_scan_ucs4, Py_UCS4)

PyDoc_STRVAR(gender_mark_starts_doc,
             "gender_mark_starts(text) -> list of int\n\n"
             "Where a match of GENDER_MARK_RE may start: each offset of : * _ / or I that\n"
             "-in, -n, in or n follows (as the regex begins). features/gender.py\n"
             "find_gender_marks tries the regex there only; GENDER_MARK_RE.finditer is the twin.");

static PyObject *
gender_mark_starts(PyObject *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "text must be str");
        return NULL;
    }
    PyObject *starts = PyList_New(0);
    if (starts == NULL) {
        return NULL;
    }
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int failed;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        failed = mark_scan_ucs1(data, n, starts);
        break;
    case PyUnicode_2BYTE_KIND:
        failed = mark_scan_ucs2(data, n, starts);
        break;
    default:
        failed = mark_scan_ucs4(data, n, starts);
    }
    if (failed) {
        Py_DECREF(starts);
        return NULL;
    }
    return starts;
}

/* ---------------------------------------------------------------------------------- */

PyDoc_STRVAR(word_views_doc,
             "word_views(kinds, texts, firsts, ends, word_kind, lower) -> tuple of 7 lists\n\n"
             "prepare_text's views of a text whose sentences cover its tokens one after the\n"
             "other: word_indices, word_texts, words (lower(text) of each), sentence_word_start,\n"
             "sentence_words, first_word and sentence_of (see features/base.py).");

static PyObject *
word_views(PyObject *self, PyObject *args)
{
    PyObject *kinds, *texts, *firsts, *ends, *word_kind, *lower;
    if (!PyArg_ParseTuple(args, "O!O!O!O!UO:word_views", &PyList_Type, &kinds, &PyList_Type,
                          &texts, &PyList_Type, &firsts, &PyList_Type, &ends, &word_kind,
                          &lower)) {
        return NULL;
    }
    return build_word_views(kinds, texts, firsts, ends, word_kind, lower, NULL, NULL, NULL);
}

static inline int
is_end_char(Py_UCS4 c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static inline Py_ssize_t
item_ssize(PyObject *list, Py_ssize_t i)
{
    return PyLong_AsSsize_t(PyList_GET_ITEM(list, i));
}

/* Whether text[a:b] holds a line break. */
static inline int
has_newline(int kind, const void *data, Py_ssize_t a, Py_ssize_t b)
{
    for (Py_ssize_t i = a; i < b; i++) {
        if (PyUnicode_READ(kind, data, i) == '\n') {
            return 1;
        }
    }
    return 0;
}

/* tokens._is_sentence_end: 1, 0, or -1 with an exception set. */
static int
is_sentence_end(PyObject *text, int kind, const void *data, Py_ssize_t n, PyObject *tok,
                int tok_is_abbreviation, PyObject *last, Py_ssize_t prev_end,
                Py_ssize_t next_start, PyObject *starters, PyObject *closers)
{
    if (has_newline(kind, data, prev_end, next_start)) {
        return 1; /* a terminator at the end of a line always ends the sentence */
    }
    if (prev_end >= next_start) {
        return 0; /* glued to the next token: no boundary here */
    }
    if (tok_is_abbreviation) {
        /* text[next_start:next_start + 14].split(None, 1)[0].rstrip(",.!?:;") */
        Py_ssize_t stop = next_start + 14 < n ? next_start + 14 : n;
        Py_ssize_t e = next_start;
        while (e < stop && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, e))) {
            e++;
        }
        while (e > next_start) {
            Py_UCS4 c = PyUnicode_READ(kind, data, e - 1);
            if (c != ',' && c != '.' && c != '!' && c != '?' && c != ':' && c != ';') {
                break;
            }
            e--;
        }
        PyObject *word = PyUnicode_Substring(text, next_start, e);
        if (word == NULL) {
            return -1;
        }
        int starts_sentence = PySet_Contains(starters, word);
        Py_DECREF(word);
        return starts_sentence;
    }
    if (!Py_UNICODE_ISLOWER(PyUnicode_READ(kind, data, next_start))) {
        return 1;
    }
    /* A lower-case word after an ellipsis or a closing bracket or quote goes on. */
    Py_ssize_t tok_length = PyUnicode_GET_LENGTH(tok);
    Py_UCS4 t0 = PyUnicode_READ_CHAR(tok, 0);
    int ellipsis = t0 == 0x2026 || (t0 == '.' && tok_length > 1 && PyUnicode_READ_CHAR(tok, 1) == '.');
    if (ellipsis) {
        return 0;
    }
    int closed = PySet_Contains(closers, last);
    if (closed < 0) {
        return -1;
    }
    return !closed;
}

PyDoc_STRVAR(sentence_stops_doc,
             "sentence_stops(text, starts, ends, kinds, texts, candidates, end_abbreviations,\n"
             "               starters, closers, trailing_kinds) -> list of token indices\n\n"
             "The first loop of tokens._find_sentence_ends: for each candidate that ends a\n"
             "sentence by its punctuation, the index of the sentence's last token (closing\n"
             "quotes and emoji on the same line included). Line breaks are not looked at.");

static PyObject *
sentence_stops(PyObject *self, PyObject *args)
{
    PyObject *text, *starts, *ends, *kinds, *texts, *candidates;
    PyObject *end_abbreviations, *starters, *closers, *trailing_kinds;
    if (!PyArg_ParseTuple(args, "UO!O!O!O!O!OOOO:sentence_stops", &text, &PyList_Type, &starts,
                          &PyList_Type, &ends, &PyList_Type, &kinds, &PyList_Type, &texts,
                          &PyList_Type, &candidates, &end_abbreviations, &starters, &closers,
                          &trailing_kinds)) {
        return NULL;
    }
    if (!PyAnySet_Check(end_abbreviations) || !PyAnySet_Check(starters)
        || !PyAnySet_Check(closers) || !PyAnySet_Check(trailing_kinds)) {
        PyErr_SetString(PyExc_TypeError, "the word and kind collections must be sets");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(texts);
    if (PyList_GET_SIZE(starts) != n || PyList_GET_SIZE(ends) != n
        || PyList_GET_SIZE(kinds) != n) {
        PyErr_SetString(PyExc_ValueError, "starts, ends, kinds and texts differ in length");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    PyObject *stops = PyList_New(0);
    if (stops == NULL) {
        return NULL;
    }
    Py_ssize_t n_candidates = PyList_GET_SIZE(candidates);
    for (Py_ssize_t c = 0; c < n_candidates; c++) {
        Py_ssize_t i = item_ssize(candidates, c);
        if (i == -1 && PyErr_Occurred()) {
            goto error;
        }
        if (i < 0 || i >= n) {
            PyErr_SetString(PyExc_IndexError, "a candidate lies outside the tokens");
            goto error;
        }
        PyObject *tok = PyList_GET_ITEM(texts, i);
        if (!PyUnicode_Check(tok) || PyUnicode_GET_LENGTH(tok) == 0) {
            PyErr_SetString(PyExc_TypeError, "tokens must be non-empty str");
            goto error;
        }
        Py_ssize_t tok_length = PyUnicode_GET_LENGTH(tok);
        if (!is_end_char(PyUnicode_READ_CHAR(tok, tok_length - 1))) {
            continue;
        }
        int abbreviation = PySet_Contains(end_abbreviations, tok);
        if (abbreviation < 0) {
            goto error;
        }
        if (!abbreviation && !is_end_char(PyUnicode_READ_CHAR(tok, 0))) {
            continue;
        }
        Py_ssize_t j = i + 1;
        while (j < n) {
            int closer = PySet_Contains(closers, PyList_GET_ITEM(texts, j));
            if (closer < 0) {
                goto error;
            }
            if (!closer || item_ssize(starts, j) != item_ssize(ends, j - 1)) {
                break;
            }
            j++;
        }
        /* "Danke! 😊": emoji right after the end on the same line belong to the sentence. */
        while (j < n) {
            int trailing = PySet_Contains(trailing_kinds, PyList_GET_ITEM(kinds, j));
            if (trailing < 0) {
                goto error;
            }
            if (!trailing
                || has_newline(kind, data, item_ssize(ends, j - 1), item_ssize(starts, j))) {
                break;
            }
            j++;
        }
        if (PyErr_Occurred()) {
            goto error;
        }
        if (j >= n) {
            continue;
        }
        Py_ssize_t prev_end = item_ssize(ends, j - 1);
        Py_ssize_t next_start = item_ssize(starts, j);
        if (PyErr_Occurred()) {
            goto error;
        }
        if (prev_end < 0 || next_start > length || next_start < 0) {
            PyErr_SetString(PyExc_IndexError, "a token lies outside the text");
            goto error;
        }
        int stop = is_sentence_end(text, kind, data, length, tok, abbreviation,
                                   PyList_GET_ITEM(texts, j - 1), prev_end, next_start, starters,
                                   closers);
        if (stop < 0) {
            goto error;
        }
        if (stop && append_ssize(stops, j - 1)) {
            goto error;
        }
    }
    return stops;

error:
    Py_DECREF(stops);
    return NULL;
}

PyDoc_STRVAR(count_passages_doc,
             "count_passages(items, pids, out) -> None\n\n"
             "For each item in [0, len(out)), add to out[item] the number of passages it\n"
             "occurs in, given each use's item and passage: items and pids are C-contiguous\n"
             "int64 buffers of one length, pids never decreasing; out is a writable int64\n"
             "buffer. signature._count_passages_by_sorting is the twin.");

static PyObject *
count_passages(PyObject *self, PyObject *args)
{
    Py_buffer items, pids, out;
    if (!PyArg_ParseTuple(args, "y*y*w*:count_passages", &items, &pids, &out)) {
        return NULL;
    }
    PyObject *result = NULL;
    int64_t *last = NULL;
    if (items.len != pids.len || items.len % 8 || out.len % 8) {
        PyErr_SetString(PyExc_ValueError, "items, pids and out must be int64 buffers");
        goto done;
    }
    Py_ssize_t n = items.len / 8;
    Py_ssize_t n_items = out.len / 8;
    const int64_t *item_of = items.buf;
    const int64_t *pid_of = pids.buf;
    int64_t *df = out.buf;
    last = PyMem_Calloc(n_items ? n_items : 1, sizeof(int64_t)); /* passage + 1, 0: none */
    if (last == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    int64_t previous = INT64_MIN;
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t item = item_of[i];
        int64_t pid = pid_of[i];
        if (item < 0 || item >= n_items || pid < previous || pid < 0 || pid == INT64_MAX) {
            PyErr_SetString(PyExc_ValueError,
                            "an item lies outside out, or the passages are not ascending");
            goto done;
        }
        previous = pid;
        if (last[item] != pid + 1) {
            last[item] = pid + 1;
            df[item]++;
        }
    }
    result = Py_None;
    Py_INCREF(result);

done:
    PyMem_Free(last);
    PyBuffer_Release(&items);
    PyBuffer_Release(&pids);
    PyBuffer_Release(&out);
    return result;
}

/* Whether `match(text[a:b])` finds a match: 1, 0, or -1 with an exception set. */
static int
matches_at(PyObject *match, PyObject *text, Py_ssize_t a, Py_ssize_t b)
{
    PyObject *part = PyUnicode_Substring(text, a, b);
    if (part == NULL) {
        return -1;
    }
    PyObject *m = PyObject_CallOneArg(match, part);
    Py_DECREF(part);
    if (m == NULL) {
        return -1;
    }
    int found = m != Py_None;
    Py_DECREF(m);
    return found;
}

/* tokens._breaks_at_line for the line break run text[pos:end]: 1, 0, or -1. */
static int
breaks_at_line(PyObject *text, int kind, const void *data, Py_ssize_t n, Py_ssize_t pos,
               Py_ssize_t end, PyObject *item_match, PyObject *heading_match,
               PyObject *greeting_match, Py_ssize_t wrap_min, Py_ssize_t wrap_min_upper)
{
    Py_ssize_t newlines = 0;
    for (Py_ssize_t i = pos; i < end; i++) {
        newlines += PyUnicode_READ(kind, data, i) == '\n';
    }
    if (newlines > 1) {
        return 1;
    }
    Py_ssize_t line_start = pos;
    while (line_start > 0 && PyUnicode_READ(kind, data, line_start - 1) != '\n') {
        line_start--;
    }
    Py_ssize_t prev_end = pos; /* text[line_start:pos].rstrip() */
    while (prev_end > line_start && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, prev_end - 1))) {
        prev_end--;
    }
    Py_ssize_t next_end = end; /* the next line: text[end:next_end] */
    while (next_end < n && PyUnicode_READ(kind, data, next_end) != '\n') {
        next_end++;
    }
    Py_ssize_t first = end; /* its first character that is no space */
    while (first < next_end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, first))) {
        first++;
    }
    if (prev_end == line_start || first == next_end) {
        return 1;
    }
    Py_UCS4 last = PyUnicode_READ(kind, data, prev_end - 1);
    if (is_end_char(last) || last == ':') {
        return 1;
    }
    int found = matches_at(item_match, text, end, next_end);
    if (found == 0) {
        found = matches_at(heading_match, text, line_start, prev_end);
    }
    if (found == 0) {
        found = matches_at(greeting_match, text, line_start, prev_end);
    }
    if (found != 0) {
        return found;
    }
    Py_UCS4 c = PyUnicode_READ(kind, data, first);
    Py_ssize_t prev_length = prev_end - line_start;
    if (Py_UNICODE_ISLOWER(c)) {
        return prev_length < wrap_min;
    }
    return !(Py_UNICODE_ISUPPER(c) && prev_length >= wrap_min_upper);
}

PyDoc_STRVAR(line_stops_doc,
             "line_stops(text, starts, item_match, heading_match, greeting_match, wrap_min,\n"
             "           wrap_min_upper) -> list of token indices\n\n"
             "The second loop of tokens._find_sentence_ends: for each run of line breaks\n"
             "(LINE_BREAK_RE) that ends a sentence (_breaks_at_line), the index of the last\n"
             "token before it. The *_match arguments are HEADING_OR_ITEM_RE.match,\n"
             "HEADING_RE.match and GREETING_RE.match.");

static PyObject *
line_stops(PyObject *self, PyObject *args)
{
    PyObject *text, *starts, *item_match, *heading_match, *greeting_match;
    Py_ssize_t wrap_min, wrap_min_upper;
    if (!PyArg_ParseTuple(args, "UO!OOOnn:line_stops", &text, &PyList_Type, &starts,
                          &item_match, &heading_match, &greeting_match, &wrap_min,
                          &wrap_min_upper)) {
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t n_tokens = PyList_GET_SIZE(starts);
    PyObject *stops = PyList_New(0);
    if (stops == NULL) {
        return NULL;
    }
    Py_ssize_t j = 0; /* bisect_left(starts, end), moving forward with `end` */
    Py_ssize_t pos = 0;
    while (pos < n) {
        if (PyUnicode_READ(kind, data, pos) != '\n') {
            pos++;
            continue;
        }
        /* \n(?:[^\S\n]*\n)* */
        Py_ssize_t end = pos + 1;
        for (;;) {
            Py_ssize_t k = end;
            while (k < n) {
                Py_UCS4 c = PyUnicode_READ(kind, data, k);
                if (c == '\n' || !Py_UNICODE_ISSPACE(c)) {
                    break;
                }
                k++;
            }
            if (k < n && PyUnicode_READ(kind, data, k) == '\n') {
                end = k + 1;
                continue;
            }
            break;
        }
        while (j < n_tokens) {
            Py_ssize_t start = PyLong_AsSsize_t(PyList_GET_ITEM(starts, j));
            if (start == -1 && PyErr_Occurred()) {
                goto error;
            }
            if (start >= end) {
                break;
            }
            j++;
        }
        if (0 < j && j < n_tokens) {
            int stop = breaks_at_line(text, kind, data, n, pos, end, item_match, heading_match,
                                      greeting_match, wrap_min, wrap_min_upper);
            if (stop < 0) {
                goto error;
            }
            if (stop && append_ssize(stops, j - 1)) {
                goto error;
            }
        }
        pos = end;
    }
    return stops;

error:
    Py_DECREF(stops);
    return NULL;
}

/* ---- signature: numbering her tokens and counting her phrases (core/signature.py) ---- */

typedef struct {
    int64_t code; /* -1: empty slot */
    int64_t count;
    int64_t df;
    int64_t last; /* the passage of its latest use */
} gram_slot;

static inline size_t
gram_hash(int64_t code, size_t mask)
{
    return (size_t)(((uint64_t)code * 0x9E3779B97F4A7C15ULL) >> 17) & mask;
}

/* Double the table: 0, or -1 with MemoryError set. */
static int
grow_grams(gram_slot **table, size_t *capacity)
{
    size_t old = *capacity, capacity2 = old * 2, mask = capacity2 - 1;
    gram_slot *bigger = PyMem_Malloc(capacity2 * sizeof(gram_slot));
    if (bigger == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (size_t k = 0; k < capacity2; k++) {
        bigger[k].code = -1;
    }
    for (size_t k = 0; k < old; k++) {
        if ((*table)[k].code < 0) {
            continue;
        }
        size_t h = gram_hash((*table)[k].code, mask);
        while (bigger[h].code >= 0) {
            h = (h + 1) & mask;
        }
        bigger[h] = (*table)[k];
    }
    PyMem_Free(*table);
    *table = bigger;
    *capacity = capacity2;
    return 0;
}

static int
compare_slots(const void *a, const void *b)
{
    int64_t x = ((const gram_slot *)a)->code, y = ((const gram_slot *)b)->code;
    return (x > y) - (x < y);
}

PyDoc_STRVAR(count_grams_doc,
             "count_grams(ids, pids, starts, allowed, seeds, size, vocab, minimum)\n"
             "    -> (codes, counts, passages)\n\n"
             "The n-grams of `size` words at every position i of ids (int64 word ids below\n"
             "vocab; pids: int64 passages, never decreasing) whose words are all allowed,\n"
             "one of them a seed (allowed, seeds: one byte per word id) and none but the\n"
             "first starts a sentence (starts: one byte per position), as codes (the ids in\n"
             "base vocab, first word highest; vocab**size below 2**62): those used at least\n"
             "`minimum` times in at least `minimum` passages, ascending, with their uses and\n"
             "passages, counted in one hash table. signature._count_grams_by_sorting is the\n"
             "twin.");

static PyObject *
count_grams(PyObject *self, PyObject *args)
{
    Py_buffer ids, pids, starts, allowed, seeds;
    Py_ssize_t size, minimum;
    long long vocab;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*nLn:count_grams", &ids, &pids, &starts, &allowed,
                          &seeds, &size, &vocab, &minimum)) {
        return NULL;
    }
    PyObject *result = NULL;
    gram_slot *table = NULL;
    Py_ssize_t n = ids.len / 8;
    if (ids.len % 8 || pids.len != ids.len || starts.len != n || allowed.len != seeds.len ||
        size < 1 || vocab < 1 || vocab > allowed.len) {
        PyErr_SetString(PyExc_ValueError, "count_grams: buffers of unequal length");
        goto done;
    }
    double span = 1.0;
    for (Py_ssize_t k = 0; k < size; k++) {
        span *= (double)vocab;
    }
    if (span >= 4611686018427387904.0) { /* 2**62 */
        PyErr_SetString(PyExc_ValueError, "count_grams: vocab**size reaches 2**62");
        goto done;
    }
    const int64_t *id_of = ids.buf, *pid_of = pids.buf;
    const unsigned char *start = starts.buf, *ok = allowed.buf, *seed = seeds.buf;
    size_t capacity = 4096, used = 0;
    table = PyMem_Malloc(capacity * sizeof(gram_slot));
    if (table == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (size_t k = 0; k < capacity; k++) {
        table[k].code = -1;
    }
    int64_t previous = INT64_MIN;
    for (Py_ssize_t i = 0; i + size <= n; i++) {
        int64_t pid = pid_of[i];
        if (pid < previous) {
            PyErr_SetString(PyExc_ValueError, "count_grams: the passages are not ascending");
            goto done;
        }
        previous = pid;
        int64_t code = 0;
        int any_seed = 0, fits = 1;
        for (Py_ssize_t k = 0; k < size; k++) {
            int64_t id = id_of[i + k];
            if (id < 0 || id >= vocab) {
                PyErr_SetString(PyExc_ValueError, "count_grams: a word id lies outside vocab");
                goto done;
            }
            if (!ok[id] || (k > 0 && start[i + k])) {
                fits = 0;
                break;
            }
            any_seed |= seed[id];
            code = code * vocab + id;
        }
        if (!fits || !any_seed) {
            continue;
        }
        size_t mask = capacity - 1, h = gram_hash(code, mask);
        while (table[h].code >= 0 && table[h].code != code) {
            h = (h + 1) & mask;
        }
        gram_slot *slot = &table[h];
        if (slot->code < 0) {
            slot->code = code;
            slot->count = 1;
            slot->df = 1;
            slot->last = pid;
            if (++used * 2 > capacity && grow_grams(&table, &capacity) < 0) {
                goto done;
            }
            continue;
        }
        slot->count++;
        if (slot->last != pid) {
            slot->last = pid;
            slot->df++;
        }
    }
    /* The recurring ones to the front, ascending by code. */
    size_t kept = 0;
    for (size_t k = 0; k < capacity; k++) {
        if (table[k].code >= 0 && table[k].count >= minimum && table[k].df >= minimum) {
            table[kept++] = table[k];
        }
    }
    qsort(table, kept, sizeof(gram_slot), compare_slots);
    PyObject *codes = PyList_New((Py_ssize_t)kept);
    PyObject *counts = PyList_New((Py_ssize_t)kept);
    PyObject *dfs = PyList_New((Py_ssize_t)kept);
    if (codes == NULL || counts == NULL || dfs == NULL) {
        goto lists_done;
    }
    for (size_t k = 0; k < kept; k++) {
        PyObject *c = PyLong_FromLongLong(table[k].code);
        PyObject *u = PyLong_FromLongLong(table[k].count);
        PyObject *d = PyLong_FromLongLong(table[k].df);
        if (c == NULL || u == NULL || d == NULL) {
            Py_XDECREF(c);
            Py_XDECREF(u);
            Py_XDECREF(d);
            goto lists_done;
        }
        PyList_SET_ITEM(codes, (Py_ssize_t)k, c);
        PyList_SET_ITEM(counts, (Py_ssize_t)k, u);
        PyList_SET_ITEM(dfs, (Py_ssize_t)k, d);
    }
    result = PyTuple_Pack(3, codes, counts, dfs);
lists_done:
    Py_XDECREF(codes);
    Py_XDECREF(counts);
    Py_XDECREF(dfs);

done:
    PyMem_Free(table);
    PyBuffer_Release(&ids);
    PyBuffer_Release(&pids);
    PyBuffer_Release(&starts);
    PyBuffer_Release(&allowed);
    PyBuffer_Release(&seeds);
    return result;
}

PyDoc_STRVAR(number_tokens_doc,
             "number_tokens(texts, kinds, word, numbers) -> (ids, n_words)\n\n"
             "The number of each token text in the dict `numbers` (a new text gets the\n"
             "next number, len(numbers), as dict.__missing__ of signature._Numbering does),\n"
             "as native int32 bytes for array('i').frombytes, and how many of `kinds` are\n"
             "`word` (list.count). signature._number_tokens_python is the twin.");

static PyObject *
number_tokens(PyObject *self, PyObject *args)
{
    PyObject *texts, *kinds, *word, *numbers;
    if (!PyArg_ParseTuple(args, "O!O!OO!:number_tokens", &PyList_Type, &texts, &PyList_Type,
                          &kinds, &word, &PyDict_Type, &numbers)) {
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(texts);
    if (PyList_GET_SIZE(kinds) != n) {
        PyErr_SetString(PyExc_ValueError, "number_tokens: texts and kinds differ in length");
        return NULL;
    }
    PyObject *ids = PyBytes_FromStringAndSize(NULL, n * (Py_ssize_t)sizeof(int32_t));
    if (ids == NULL) {
        return NULL;
    }
    int32_t *out = (int32_t *)PyBytes_AS_STRING(ids);
    Py_ssize_t n_words = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        PyObject *number = PyDict_GetItemWithError(numbers, text); /* borrowed */
        long value;
        if (number == NULL) {
            if (PyErr_Occurred()) {
                goto error;
            }
            Py_ssize_t next = PyDict_GET_SIZE(numbers);
            if (next > INT32_MAX) {
                PyErr_SetString(PyExc_OverflowError, "number_tokens: more than 2**31 texts");
                goto error;
            }
            PyObject *fresh = PyLong_FromSsize_t(next);
            if (fresh == NULL || PyDict_SetItem(numbers, text, fresh) < 0) {
                Py_XDECREF(fresh);
                goto error;
            }
            Py_DECREF(fresh);
            value = (long)next;
        }
        else {
            value = PyLong_AsLong(number);
            if (value == -1 && PyErr_Occurred()) {
                goto error;
            }
            if (value < 0 || value > INT32_MAX) {
                PyErr_SetString(PyExc_OverflowError, "number_tokens: a number outside int32");
                goto error;
            }
        }
        out[i] = (int32_t)value;
        PyObject *kind = PyList_GET_ITEM(kinds, i);
        int same = kind == word ? 1 : PyObject_RichCompareBool(kind, word, Py_EQ);
        if (same < 0) {
            goto error;
        }
        n_words += same;
    }
    return Py_BuildValue("(Nn)", ids, n_words);

error:
    Py_DECREF(ids);
    return NULL;
}

/* ---- end of the signature's loops ---- */

/* ---- fingerprint and no-go loops (core/fingerprint.py, core/nogo.py) ---- */

PyDoc_STRVAR(split_count_doc,
             "split_count(texts, counts) -> str\n\n"
             "The whitespace-separated chunks of all texts (str.split), joined by one space,\n"
             "and each chunk's count added to the dict counts (new chunks in first-seen\n"
             "order). fingerprint._split_count is the twin.");

/* A distinct chunk of split_count: where it first stands in the joined text, its length
 * and hash, and how often it occurs. */
typedef struct {
    Py_ssize_t at;
    Py_ssize_t len;
    uint64_t hash;
    Py_ssize_t count;
} chunk_entry;

/* Adds the chunk out[at:at+len] (hash `hash`) to the open-addressing table `slots` (indices
 * into `entries` + 1, 0 for free; `mask` + 1 slots); -1 when entries must grow first. */
static inline int
count_chunk(const char *out, int kind, Py_ssize_t at, Py_ssize_t len, uint64_t hash,
            Py_ssize_t *slots, Py_ssize_t mask, chunk_entry *entries, Py_ssize_t *n_entries,
            Py_ssize_t capacity)
{
    Py_ssize_t i = (Py_ssize_t)(hash & (uint64_t)mask);
    for (;;) {
        Py_ssize_t e = slots[i];
        if (e == 0) {
            if (*n_entries >= capacity) {
                return -1;
            }
            entries[*n_entries] = (chunk_entry){at, len, hash, 1};
            slots[i] = ++*n_entries;
            return 0;
        }
        chunk_entry *entry = &entries[e - 1];
        if (entry->hash == hash && entry->len == len &&
            memcmp(out + entry->at * kind, out + at * kind, (size_t)(len * kind)) == 0) {
            entry->count++;
            return 0;
        }
        i = (i + 1) & mask;
    }
}

/* split_count's table of distinct chunks: `slots` (2 * capacity, open addressing) hold
 * indices into `entries` + 1, 0 for free. */
typedef struct {
    Py_ssize_t *slots;
    chunk_entry *entries;
    Py_ssize_t n_entries;
    Py_ssize_t capacity;
} chunk_table;

/* Twice the entries and a new table of twice the slots; -1 with MemoryError set. */
static int
grow_chunk_table(chunk_table *table)
{
    Py_ssize_t grown = 2 * table->capacity;
    chunk_entry *more = PyMem_Realloc(table->entries, (size_t)grown * sizeof(chunk_entry));
    if (more == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    table->entries = more;
    Py_ssize_t *slots = PyMem_Calloc((size_t)(2 * grown), sizeof(Py_ssize_t));
    if (slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    PyMem_Free(table->slots);
    table->slots = slots;
    table->capacity = grown;
    Py_ssize_t mask = 2 * grown - 1;
    for (Py_ssize_t e = 0; e < table->n_entries; e++) {
        Py_ssize_t s = (Py_ssize_t)(table->entries[e].hash & (uint64_t)mask);
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = e + 1;
    }
    return 0;
}

/* Appends the chunks of one text (string kind tk) to out (kind k) after *w, a space
 * before each but the very first, and counts them in the table; -1 with an exception. */
static inline int
split_text(int tk, int k, const void *data, Py_ssize_t len, char *out, Py_ssize_t *w,
           chunk_table *table)
{
    Py_ssize_t i = 0;
    Py_ssize_t written = *w;
    for (;;) {
        while (i < len && Py_UNICODE_ISSPACE(PyUnicode_READ(tk, data, i))) {
            i++;
        }
        if (i >= len) {
            break;
        }
        if (written > 0) {
            PyUnicode_WRITE(k, out, written, ' ');
            written++;
        }
        Py_ssize_t at = written;
        uint64_t hash = 0xcbf29ce484222325u; /* FNV-1a over the code points */
        while (i < len) {
            Py_UCS4 c = PyUnicode_READ(tk, data, i);
            if (Py_UNICODE_ISSPACE(c)) {
                break;
            }
            PyUnicode_WRITE(k, out, written, c);
            hash = (hash ^ c) * 0x100000001b3u;
            written++;
            i++;
        }
        if (count_chunk(out, k, at, written - at, hash, table->slots, 2 * table->capacity - 1,
                        table->entries, &table->n_entries, table->capacity) < 0) {
            if (grow_chunk_table(table) < 0) {
                *w = written;
                return -1;
            }
            count_chunk(out, k, at, written - at, hash, table->slots, 2 * table->capacity - 1,
                        table->entries, &table->n_entries, table->capacity);
        }
    }
    *w = written;
    return 0;
}

static PyObject *
split_count(PyObject *self, PyObject *args)
{
    PyObject *texts, *counts;
    if (!PyArg_ParseTuple(args, "OO!:split_count", &texts, &PyDict_Type, &counts)) {
        return NULL;
    }
    PyObject *seq = PySequence_Fast(texts, "texts must be a sequence");
    if (seq == NULL) {
        return NULL;
    }
    PyObject *result = NULL;
    char *out = NULL;
    Py_ssize_t *slots = NULL;
    chunk_entry *entries = NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    Py_ssize_t total = 0;
    int kind = PyUnicode_1BYTE_KIND;
    for (Py_ssize_t t = 0; t < n; t++) {
        PyObject *text = PySequence_Fast_GET_ITEM(seq, t);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "texts must be str");
            goto done;
        }
        total += PyUnicode_GET_LENGTH(text) + 1;
        if ((int)PyUnicode_KIND(text) > kind) {
            kind = PyUnicode_KIND(text);
        }
    }
    Py_ssize_t capacity = 1024; /* entries; the table has 2 * capacity slots */
    out = PyMem_Malloc((size_t)((total ? total : 1) * kind));
    slots = PyMem_Calloc((size_t)(2 * capacity), sizeof(Py_ssize_t));
    entries = PyMem_Malloc((size_t)capacity * sizeof(chunk_entry));
    if (out == NULL || slots == NULL || entries == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t w = 0; /* characters written to out */
    chunk_table table = {slots, entries, 0, capacity};
    for (Py_ssize_t t = 0; t < n; t++) {
        PyObject *text = PySequence_Fast_GET_ITEM(seq, t);
        int tk = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        Py_ssize_t len = PyUnicode_GET_LENGTH(text);
        int failed = split_text(tk, kind, data, len, out, &w, &table);
        slots = table.slots;
        entries = table.entries;
        if (failed) {
            goto done;
        }
    }
    Py_ssize_t n_entries = table.n_entries;
    /* The distinct chunks into counts, in first-seen order. */
    for (Py_ssize_t e = 0; e < n_entries; e++) {
        PyObject *chunk = PyUnicode_FromKindAndData(kind, out + entries[e].at * kind,
                                                    entries[e].len);
        if (chunk == NULL) {
            goto done;
        }
        PyObject *count = PyLong_FromSsize_t(entries[e].count);
        PyObject *old = count == NULL ? NULL : PyDict_GetItemWithError(counts, chunk);
        PyObject *sum = NULL;
        if (old != NULL) {
            sum = PyNumber_Add(old, count);
        }
        int failed = count == NULL || PyErr_Occurred() != NULL ||
                     (old != NULL && sum == NULL) ||
                     PyDict_SetItem(counts, chunk, sum != NULL ? sum : count) < 0;
        Py_DECREF(chunk);
        Py_XDECREF(count);
        Py_XDECREF(sum);
        if (failed) {
            goto done;
        }
    }
    result = PyUnicode_FromKindAndData(kind, out, w);

done:
    PyMem_Free(entries);
    PyMem_Free(slots);
    PyMem_Free(out);
    Py_DECREF(seq);
    return result;
}

PyDoc_STRVAR(find_marks_doc,
             "find_marks(text, heads) -> (list[int] | None, list[int])\n\n"
             "The sorted offsets in text where one of heads (a tuple of lower-case ASCII\n"
             "strings) starts, ASCII letters compared without case, or None when the text\n"
             "holds a character outside ASCII that case-insensitive matching or lower() ties\n"
             "to an ASCII letter (İ ı ſ K), for the caller's full path; and the offsets of\n"
             "the quotation marks that can open a quote (nogo.QUOTE_OPEN_RE: „ ‚ » « “, and\n"
             "‘ \" ' unless a word character stands before them). nogo._head_starts and\n"
             "QUOTE_OPEN_RE.finditer are the twins.");

#define MAX_HEADS 64

/* \w of Python's re on str (SRE_UNI_IS_WORD). */
static inline int
is_word_char(Py_UCS4 c)
{
    return Py_UNICODE_ISALNUM(c) || c == '_';
}

/* find_marks' scan of one string kind (inlined with a constant kind): 0, or -1 with an
 * exception set; *heads_ok becomes 0 at an odd character (no more heads are added). */
static inline int
scan_marks(int kind, const void *data, Py_ssize_t len, const unsigned char *first,
           const Py_UCS1 *const *head_data, const Py_ssize_t *head_len, Py_ssize_t n_heads,
           PyObject *found, PyObject *quotes, int *heads_ok)
{
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= 128) {
            if (c == 0x201E || c == 0x201A || c == 0xBB || c == 0xAB || c == 0x201C ||
                (c == 0x2018 && !(i > 0 && is_word_char(PyUnicode_READ(kind, data, i - 1))))) {
                if (append_ssize(quotes, i) < 0) {
                    return -1;
                }
            }
            else if (c == 0x130 || c == 0x131 || c == 0x17F || c == 0x212A) {
                *heads_ok = 0;
            }
            continue;
        }
        if (c == '"' || c == '\'') {
            if (!(i > 0 && is_word_char(PyUnicode_READ(kind, data, i - 1))) &&
                append_ssize(quotes, i) < 0) {
                return -1;
            }
            continue;
        }
        c |= (c >= 'A' && c <= 'Z') ? 0x20 : 0;
        if (!first[c] || !*heads_ok) {
            continue;
        }
        if (first[c] != 0xFF && i + 1 < len) { /* a second character (speed: „der“, „die“) */
            Py_UCS4 d = PyUnicode_READ(kind, data, i + 1);
            d |= (d >= 'A' && d <= 'Z') ? 0x20 : 0;
            if (d >= 128 || !(first[c] & (1u << (d & 7)))) {
                continue;
            }
        }
        for (Py_ssize_t h = 0; h < n_heads; h++) {
            const Py_UCS1 *hd = head_data[h];
            Py_ssize_t hn = head_len[h];
            if (c != hd[0] || i + hn > len) {
                continue;
            }
            Py_ssize_t k = 1;
            for (; k < hn; k++) {
                Py_UCS4 d = PyUnicode_READ(kind, data, i + k);
                d |= (d >= 'A' && d <= 'Z') ? 0x20 : 0;
                if (d != hd[k]) {
                    break;
                }
            }
            if (k == hn) {
                if (append_ssize(found, i) < 0) {
                    return -1;
                }
                break;
            }
        }
    }
    return 0;
}

static PyObject *
find_marks(PyObject *self, PyObject *args)
{
    PyObject *text, *heads;
    if (!PyArg_ParseTuple(args, "UO!:find_marks", &text, &PyTuple_Type, &heads)) {
        return NULL;
    }
    unsigned char first[128] = {0}; /* the first two characters of the heads, below */
    const Py_UCS1 *head_data[MAX_HEADS];
    Py_ssize_t head_len[MAX_HEADS];
    Py_ssize_t n_heads = PyTuple_GET_SIZE(heads);
    if (n_heads > MAX_HEADS) {
        PyErr_SetString(PyExc_ValueError, "too many heads");
        return NULL;
    }
    for (Py_ssize_t h = 0; h < n_heads; h++) {
        PyObject *head = PyTuple_GET_ITEM(heads, h);
        if (!PyUnicode_Check(head) || !PyUnicode_IS_ASCII(head) ||
            PyUnicode_GET_LENGTH(head) == 0) {
            PyErr_SetString(PyExc_ValueError, "heads must be non-empty ASCII strings");
            return NULL;
        }
        head_data[h] = PyUnicode_1BYTE_DATA(head);
        head_len[h] = PyUnicode_GET_LENGTH(head);
        /* per first character, a bit for each second character's last three bits (all
         * bits for a one-character head: any second character will do) */
        first[head_data[h][0]] |= head_len[h] > 1 ? 1u << (head_data[h][1] & 7) : 0xFF;
    }
    PyObject *found = PyList_New(0);
    PyObject *quotes = PyList_New(0);
    if (found == NULL || quotes == NULL) {
        Py_XDECREF(found);
        Py_XDECREF(quotes);
        return NULL;
    }
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    int heads_ok = 1;
    int failed;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        failed = scan_marks(PyUnicode_1BYTE_KIND, data, len, first, head_data, head_len,
                            n_heads, found, quotes, &heads_ok);
        break;
    case PyUnicode_2BYTE_KIND:
        failed = scan_marks(PyUnicode_2BYTE_KIND, data, len, first, head_data, head_len,
                            n_heads, found, quotes, &heads_ok);
        break;
    default:
        failed = scan_marks(PyUnicode_4BYTE_KIND, data, len, first, head_data, head_len,
                            n_heads, found, quotes, &heads_ok);
    }
    if (failed) {
        Py_DECREF(found);
        Py_DECREF(quotes);
        return NULL;
    }
    if (!heads_ok) {
        Py_DECREF(found);
        found = Py_None;
        Py_INCREF(found);
    }
    return Py_BuildValue("(NN)", found, quotes);
}

PyDoc_STRVAR(count_ngrams_doc,
             "count_ngrams(text, n, base, mult, bits, counts) -> int\n\n"
             "Add to counts[b] (a writable int64 buffer of 2**bits) the number of character\n"
             "n-grams of text whose hash is b, and return the number of n-grams: the hash of\n"
             "fingerprint.hash_char_ngrams (h = c0 * base; h += c_k, h *= base; the last\n"
             "product by mult instead; uint64 arithmetic; h >> (64 - bits)).\n"
             "fingerprint.count_buckets' numpy loop is the twin.");

static PyObject *
count_ngrams(PyObject *self, PyObject *args)
{
    PyObject *text;
    Py_ssize_t n;
    unsigned long long base, mult;
    int bits;
    Py_buffer counts;
    if (!PyArg_ParseTuple(args, "UnKKiw*:count_ngrams", &text, &n, &base, &mult, &bits,
                          &counts)) {
        return NULL;
    }
    if (n < 1 || bits < 1 || bits > 32 || counts.len != (Py_ssize_t)8 << bits) {
        PyBuffer_Release(&counts);
        PyErr_SetString(PyExc_ValueError, "n >= 1, and counts must be 2**bits int64 values");
        return NULL;
    }
    int64_t *out = counts.buf;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    Py_ssize_t n_grams = len >= n ? len - n + 1 : 0;
    for (Py_ssize_t i = 0; i < n_grams; i++) {
        uint64_t h = (uint64_t)PyUnicode_READ(kind, data, i) * (n > 1 ? base : mult);
        for (Py_ssize_t k = 1; k < n; k++) {
            h += PyUnicode_READ(kind, data, i + k);
            h *= k < n - 1 ? base : mult;
        }
        out[h >> (64 - bits)]++;
    }
    PyBuffer_Release(&counts);
    return PyLong_FromSsize_t(n_grams);
}

/* ---- end of fingerprint and no-go loops ---- */

/*
 * Feature families lexical, readability, syntax and punctuation: their per-word,
 * per-sentence and per-character loops. Python twins: lexical.count_lengths and
 * list_fragments, syllables.sum_syllables, readability.closest_sentence,
 * syntax.count_nominalisations and list_passive_sentences_de, punctuation.count_mark_chars,
 * count_kinds and _marked_sentences.
 */

PyDoc_STRVAR(length_counts_doc,
             "length_counts(words, min_long) -> (characters, long_runs)\n\n"
             "sum(map(len, words)) and how many runs of non-space characters (str.split())\n"
             "of at least min_long characters the words hold, as lexical.count_long_runs\n"
             "counts them in the words joined by spaces.");

static PyObject *
length_counts(PyObject *self, PyObject *args)
{
    PyObject *words;
    Py_ssize_t min_long;
    if (!PyArg_ParseTuple(args, "O!n:length_counts", &PyList_Type, &words, &min_long)) {
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(words);
    Py_ssize_t characters = 0;
    Py_ssize_t long_runs = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *word = PyList_GET_ITEM(words, k);
        if (!PyUnicode_Check(word)) {
            PyErr_SetString(PyExc_TypeError, "words must be str");
            return NULL;
        }
        Py_ssize_t length = PyUnicode_GET_LENGTH(word);
        characters += length;
        if (length < min_long) {
            continue; /* no run in it can be long enough */
        }
        int kind = PyUnicode_KIND(word);
        const void *data = PyUnicode_DATA(word);
        Py_ssize_t run = 0;
        for (Py_ssize_t i = 0; i < length; i++) {
            if (Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i))) {
                long_runs += run >= min_long;
                run = 0;
            }
            else {
                run++;
            }
        }
        long_runs += run >= min_long;
    }
    return Py_BuildValue("(nn)", characters, long_runs);
}

PyDoc_STRVAR(syllable_sums_doc,
             "syllable_sums(words, cache, count_one, starts, counts)\n"
             "    -> (syllables, monosyllabic, disyllabic, sentence_syllables)\n\n"
             "Each word's syllables from `cache` (a dict), or count_one(word) for a word it\n"
             "lacks; their sum, how many words have one and two, and the sum over each\n"
             "sentence's words words[starts[s]:starts[s] + counts[s]].");

static PyObject *
syllable_sums(PyObject *self, PyObject *args)
{
    PyObject *words, *cache, *count_one, *starts, *counts;
    if (!PyArg_ParseTuple(args, "O!O!OO!O!:syllable_sums", &PyList_Type, &words, &PyDict_Type,
                          &cache, &count_one, &PyList_Type, &starts, &PyList_Type, &counts)) {
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(words);
    Py_ssize_t n_sentences = PyList_GET_SIZE(starts);
    if (PyList_GET_SIZE(counts) != n_sentences) {
        PyErr_SetString(PyExc_ValueError, "starts and counts differ in length");
        return NULL;
    }
    /* The words get ids, so the cache is asked once per distinct word of the passage. */
    Py_ssize_t *ids = PyMem_Malloc((n ? n : 1) * sizeof(Py_ssize_t));
    Py_ssize_t *firsts = PyMem_Malloc((n ? n : 1) * sizeof(Py_ssize_t));
    long *values = PyMem_Malloc((n ? n : 1) * sizeof(long));
    long long *before = PyMem_Malloc((n + 1) * sizeof(long long)); /* syllables of words[:k] */
    PyObject *sums = NULL;
    if (ids == NULL || firsts == NULL || values == NULL || before == NULL) {
        PyErr_NoMemory();
        goto error;
    }
    Py_ssize_t types;
    Py_INCREF(words); /* count_one is Python code: keep the list and its items */
    int failed = word_ids(PySequence_Fast_ITEMS(words), n, ids, &types, firsts);
    for (Py_ssize_t id = 0; !failed && id < types; id++) {
        if (firsts[id] >= PyList_GET_SIZE(words)) {
            PyErr_SetString(PyExc_RuntimeError, "words changed while counted");
            failed = 1;
            break;
        }
        PyObject *word = PyList_GET_ITEM(words, firsts[id]);
        PyObject *known = PyDict_GetItemWithError(cache, word); /* borrowed */
        if (known != NULL) {
            values[id] = PyLong_AsLong(known);
        }
        else if (PyErr_Occurred()) {
            failed = 1;
            break;
        }
        else {
            Py_INCREF(word);
            PyObject *counted = PyObject_CallOneArg(count_one, word);
            Py_DECREF(word);
            if (counted == NULL) {
                failed = 1;
                break;
            }
            values[id] = PyLong_AsLong(counted);
            Py_DECREF(counted);
        }
        failed = values[id] == -1 && PyErr_Occurred();
    }
    Py_DECREF(words);
    if (failed) {
        goto error;
    }
    long long mono = 0, di = 0;
    before[0] = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        long value = values[ids[k]];
        mono += value == 1;
        di += value == 2;
        before[k + 1] = before[k] + value;
    }
    if (PyList_GET_SIZE(words) != n) {
        PyErr_SetString(PyExc_RuntimeError, "words changed while counted");
        goto error;
    }
    sums = PyList_New(n_sentences);
    if (sums == NULL) {
        goto error;
    }
    for (Py_ssize_t s = 0; s < n_sentences; s++) {
        Py_ssize_t start = PyLong_AsSsize_t(PyList_GET_ITEM(starts, s));
        Py_ssize_t count = PyLong_AsSsize_t(PyList_GET_ITEM(counts, s));
        if (PyErr_Occurred()) {
            goto error;
        }
        if (start < 0 || count < 0 || start > n || count > n - start) {
            PyErr_SetString(PyExc_ValueError, "a sentence reaches past the words");
            goto error;
        }
        PyObject *sum = PyLong_FromLongLong(before[start + count] - before[start]);
        if (sum == NULL) {
            goto error;
        }
        PyList_SET_ITEM(sums, s, sum);
    }
    PyObject *result = Py_BuildValue("(LLLN)", before[n], mono, di, sums);
    sums = NULL;
    /* fall through: free the buffers */
    PyMem_Free(ids);
    PyMem_Free(firsts);
    PyMem_Free(values);
    PyMem_Free(before);
    return result;

error:
    PyMem_Free(ids);
    PyMem_Free(firsts);
    PyMem_Free(values);
    PyMem_Free(before);
    Py_XDECREF(sums);
    return NULL;
}

/* A set of characters: a table for those below 256, a list of the others. */
typedef struct {
    unsigned char low[256];
    Py_UCS4 *high;
    Py_ssize_t n_high;
} char_set;

/* Fill `set` with the characters of str `chars`: 0, or -1 with an exception set. */
static int
char_set_init(char_set *set, PyObject *chars)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(chars);
    memset(set->low, 0, sizeof(set->low));
    set->n_high = 0;
    set->high = PyMem_Malloc((n ? n : 1) * sizeof(Py_UCS4));
    if (set->high == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(chars, i);
        if (c < 256) {
            set->low[c] = 1;
        }
        else {
            set->high[set->n_high++] = c;
        }
    }
    return 0;
}

static inline int
char_set_has(const char_set *set, Py_UCS4 c)
{
    if (c < 256) {
        return set->low[c];
    }
    for (Py_ssize_t i = 0; i < set->n_high; i++) {
        if (set->high[i] == c) {
            return 1;
        }
    }
    return 0;
}

/* The first place from p on (or `length`) whose character is at or above 256 or in
   `low`: a tight loop for each string kind, to skip what cannot matter fast. */
#define SKIP_LOW(TYPE)                                                                   \
    do {                                                                                 \
        const TYPE *chars = (const TYPE *)data;                                          \
        while (p < length && chars[p] < 256 && !low[chars[p]]) {                         \
            p++;                                                                         \
        }                                                                                \
    } while (0)

static inline Py_ssize_t
skip_low(int kind, const void *data, Py_ssize_t p, Py_ssize_t length, const unsigned char *low)
{
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        SKIP_LOW(Py_UCS1);
        break;
    case PyUnicode_2BYTE_KIND:
        SKIP_LOW(Py_UCS2);
        break;
    default:
        SKIP_LOW(Py_UCS4);
    }
    return p;
}

/* re's \w for str patterns: str.isalnum() or '_' (_sre's SRE_UNI_IS_WORD). */
static unsigned char latin1_word[256]; /* is_re_word below 256, filled at import */

static inline int
is_re_word(Py_UCS4 c)
{
    if (c < 256) {
        return latin1_word[c];
    }
    return Py_UNICODE_ISALNUM(c);
}

/* The characters of str `chars` into a new array (free with PyMem_Free); NULL on error. */
static Py_UCS4 *
chars_of(PyObject *chars, Py_ssize_t *n)
{
    *n = PyUnicode_GET_LENGTH(chars);
    Py_UCS4 *set = PyMem_Malloc((*n ? *n : 1) * sizeof(Py_UCS4));
    if (set == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < *n; i++) {
        set[i] = PyUnicode_READ_CHAR(chars, i);
    }
    return set;
}

PyDoc_STRVAR(count_chars_doc,
             "count_chars(text, chars, listed, needles) -> (counts, places, needle_counts)\n\n"
             "[text.count(c) for c in chars], where the characters of `listed` (some of\n"
             "`chars`) stand, in order, and [text.count(n) for n in needles] (a tuple of\n"
             "non-empty str); in one pass over the text.");

#define MAX_NEEDLES 8

static PyObject *
count_chars(PyObject *self, PyObject *args)
{
    PyObject *text, *chars, *listed, *needles;
    if (!PyArg_ParseTuple(args, "UUUO!:count_chars", &text, &chars, &listed, &PyTuple_Type,
                          &needles)) {
        return NULL;
    }
    Py_ssize_t n_needles = PyTuple_GET_SIZE(needles);
    if (n_needles > MAX_NEEDLES) {
        PyErr_SetString(PyExc_ValueError, "too many needles");
        return NULL;
    }
    Py_ssize_t n_chars;
    Py_UCS4 *set = chars_of(chars, &n_chars);
    if (set == NULL) {
        return NULL;
    }
    char_set listed_set;
    listed_set.high = NULL;
    PyObject *places = NULL, *counts = NULL, *needle_counts = NULL;
    Py_ssize_t *found = PyMem_Calloc(n_chars ? n_chars : 1, sizeof(Py_ssize_t));
    if (found == NULL) {
        PyErr_NoMemory();
        goto error;
    }
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(listed); i++) {
        if (PyUnicode_FindChar(chars, PyUnicode_READ_CHAR(listed, i), 0, n_chars, 1) < 0) {
            PyErr_SetString(PyExc_ValueError, "listed characters must be among chars");
            goto error;
        }
    }
    if (char_set_init(&listed_set, listed) < 0 || (places = PyList_New(0)) == NULL) {
        goto error;
    }
    /* slot[c] - 1: the first place of c < 256 in chars (0: not there); above 256 search.
       stop[c]: c < 256 is one of chars or a needle's first character. */
    unsigned char slot[256] = {0};
    unsigned char stop[256] = {0};
    Py_UCS4 lowest_high = 0x110000;
    for (Py_ssize_t i = n_chars - 1; i >= 0; i--) {
        if (set[i] < 256) {
            slot[set[i]] = (unsigned char)(i < 255 ? i + 1 : 0);
            stop[set[i]] = 1;
        }
        else if (set[i] < lowest_high) {
            lowest_high = set[i];
        }
    }
    Py_ssize_t needle_found[MAX_NEEDLES] = {0};
    Py_ssize_t needle_next[MAX_NEEDLES] = {0}; /* str.count: matches do not overlap */
    for (Py_ssize_t i = 0; i < n_needles; i++) {
        PyObject *needle = PyTuple_GET_ITEM(needles, i);
        if (!PyUnicode_Check(needle) || PyUnicode_GET_LENGTH(needle) == 0) {
            PyErr_SetString(PyExc_ValueError, "needles must be non-empty str");
            goto error;
        }
        Py_UCS4 first = PyUnicode_READ_CHAR(needle, 0);
        if (first < 256) {
            stop[first] = 1;
        }
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t p = 0; p < length; p++) {
        p = skip_low(kind, data, p, length, stop);
        if (p >= length) {
            break;
        }
        Py_UCS4 c = PyUnicode_READ(kind, data, p);
        for (Py_ssize_t i = 0; i < n_needles; i++) {
            PyObject *needle = PyTuple_GET_ITEM(needles, i);
            Py_ssize_t size = PyUnicode_GET_LENGTH(needle);
            if (p < needle_next[i] || size > length - p || PyUnicode_READ_CHAR(needle, 0) != c) {
                continue;
            }
            Py_ssize_t j = 1;
            while (j < size && PyUnicode_READ(kind, data, p + j) == PyUnicode_READ_CHAR(needle, j)) {
                j++;
            }
            if (j == size) {
                needle_found[i]++;
                needle_next[i] = p + size;
            }
        }
        if (char_set_has(&listed_set, c) && append_ssize(places, p)) {
            goto error;
        }
        if (c < 256) {
            if (slot[c]) {
                found[slot[c] - 1]++;
            }
        }
        else if (c >= lowest_high) {
            for (Py_ssize_t i = 0; i < n_chars; i++) {
                if (set[i] == c) {
                    found[i]++;
                    break;
                }
            }
        }
    }
    counts = PyList_New(n_chars);
    if (counts == NULL) {
        goto error;
    }
    for (Py_ssize_t i = 0; i < n_chars; i++) {
        /* a character given twice: each place counts it, as text.count does */
        Py_ssize_t first = 0;
        while (set[first] != set[i]) {
            first++;
        }
        PyObject *number = PyLong_FromSsize_t(found[first]);
        if (number == NULL) {
            goto error;
        }
        PyList_SET_ITEM(counts, i, number);
    }
    needle_counts = PyList_New(n_needles);
    if (needle_counts == NULL) {
        goto error;
    }
    for (Py_ssize_t i = 0; i < n_needles; i++) {
        PyObject *number = PyLong_FromSsize_t(needle_found[i]);
        if (number == NULL) {
            goto error;
        }
        PyList_SET_ITEM(needle_counts, i, number);
    }
    PyMem_Free(set);
    PyMem_Free(found);
    PyMem_Free(listed_set.high);
    return Py_BuildValue("(NNN)", counts, places, needle_counts);

error:
    PyMem_Free(set);
    PyMem_Free(found);
    PyMem_Free(listed_set.high);
    Py_XDECREF(places);
    Py_XDECREF(counts);
    Py_XDECREF(needle_counts);
    return NULL;
}


PyDoc_STRVAR(judge_runs_doc,
             "judge_runs(text, firsts, rest, min_length, verdicts, judge, limit)\n"
             "    -> (n, runs, starts)\n\n"
             "The maximal runs of word characters (re's \\w: str.isalnum() or '_') of at least\n"
             "min_length characters whose first character is one of `firsts` and, unless\n"
             "`rest` is None, whose other characters are all in `rest`: how many of them are\n"
             "judged true (verdicts[run], a dict, or judge(run) for a run it lacks), and the\n"
             "first `limit` of those with their starts.");

/* judge_runs' scan: the runs judged true are counted in *n, the first `limit` kept in
   runs and starts. 0, or -1 with an exception set. */
static int
scan_runs(PyObject *text, PyObject *firsts, PyObject *rest, Py_ssize_t min_length,
          PyObject *verdicts, PyObject *judge, Py_ssize_t limit, PyObject *runs,
          PyObject *starts, Py_ssize_t *n)
{
    if (rest != Py_None && !PyUnicode_Check(rest)) {
        PyErr_SetString(PyExc_TypeError, "rest must be str or None");
        return -1;
    }
    char_set first_set, rest_set;
    rest_set.high = NULL;
    if (char_set_init(&first_set, firsts) < 0) {
        return -1;
    }
    if (rest != Py_None && char_set_init(&rest_set, rest) < 0) {
        goto error;
    }
    *n = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    Py_ssize_t p = 0;
    while (p < length) {
        /* Skip to a character that may start a run; look back whether a run starts there. */
        p = skip_low(kind, data, p, length, first_set.low);
        if (p >= length) {
            break;
        }
        Py_UCS4 c = PyUnicode_READ(kind, data, p);
        if (!char_set_has(&first_set, c) || !is_re_word(c)
            || (p > 0 && is_re_word(PyUnicode_READ(kind, data, p - 1)))) {
            p++;
            continue;
        }
        Py_ssize_t start = p;
        int fits = 1;
        for (p++; p < length; p++) {
            c = PyUnicode_READ(kind, data, p);
            if (!is_re_word(c)) {
                break;
            }
            if (rest_set.high != NULL && fits && !char_set_has(&rest_set, c)) {
                fits = 0;
            }
        }
        if (!fits || p - start < min_length) {
            continue;
        }
        PyObject *run = PyUnicode_Substring(text, start, p);
        if (run == NULL) {
            goto error;
        }
        {
            PyObject *verdict = PyDict_GetItemWithError(verdicts, run); /* borrowed */
            if (verdict != NULL) {
                Py_INCREF(verdict);
            }
            else if (!PyErr_Occurred()) {
                verdict = PyObject_CallOneArg(judge, run);
            }
            int yes = verdict == NULL ? -1 : PyObject_IsTrue(verdict);
            Py_XDECREF(verdict);
            if (yes <= 0) {
                Py_DECREF(run);
                if (yes < 0) {
                    goto error;
                }
                continue;
            }
            if ((*n)++ >= limit) {
                Py_DECREF(run);
                continue;
            }
        }
        int failed = PyList_Append(runs, run);
        Py_DECREF(run);
        if (failed || append_ssize(starts, start)) {
            goto error;
        }
    }
    PyMem_Free(first_set.high);
    PyMem_Free(rest_set.high);
    return 0;

error:
    PyMem_Free(first_set.high);
    PyMem_Free(rest_set.high);
    return -1;
}

static PyObject *
judge_runs(PyObject *self, PyObject *args)
{
    PyObject *text, *firsts, *rest, *verdicts, *judge;
    Py_ssize_t min_length, limit, n;
    if (!PyArg_ParseTuple(args, "UUOnO!On:judge_runs", &text, &firsts, &rest, &min_length,
                          &PyDict_Type, &verdicts, &judge, &limit)) {
        return NULL;
    }
    PyObject *runs = PyList_New(0);
    PyObject *starts = PyList_New(0);
    if (runs == NULL || starts == NULL
        || scan_runs(text, firsts, rest, min_length, verdicts, judge, limit, runs, starts, &n)
               < 0) {
        Py_XDECREF(runs);
        Py_XDECREF(starts);
        return NULL;
    }
    return Py_BuildValue("(nNN)", n, runs, starts);
}

PyDoc_STRVAR(passive_sentences_doc,
             "passive_sentences(hits, word_indices, sentence_of, sentences, ends, word_starts,\n"
             "                  kinds, texts, words, word_kind, breaks, werden, after,\n"
             "                  verdicts, is_participle) -> list[int]\n\n"
             "The sentences of the werden forms among words[k] for k in `hits` that have a\n"
             "clause holding a werden form and a participle that closes the clause or\n"
             "stands before a word of `after`, in order; ends and word_starts hold each\n"
             "sentence's end token and first word's position in `words`. The same loop as\n"
             "its Python twin over each sentence's tokens, split into clauses at the\n"
             "tokens in `breaks`. Whether a word is a participle: verdicts[word] (a dict),\n"
             "or is_participle(word) for a word it lacks.");

/* One clause: positions in `words` and the token index of each. */
typedef struct {
    Py_ssize_t *k;
    Py_ssize_t *i;
    Py_ssize_t n;
    Py_ssize_t size;
} clause_buf;

/* syntax._is_passive_clause_de: 1, 0, or -1 with an exception set. */
static int
passive_clause(const clause_buf *clause, PyObject *words, PyObject *texts, PyObject *werden,
               PyObject *after, PyObject *verdicts, PyObject *is_participle)
{
    int any = 0;
    for (Py_ssize_t n = 0; n < clause->n && !any; n++) {
        any = PySet_Contains(werden, PyList_GET_ITEM(words, clause->k[n]));
        if (any < 0) {
            return -1;
        }
    }
    if (!any) {
        return 0;
    }
    Py_ssize_t last = clause->n - 1;
    for (Py_ssize_t n = 0; n < clause->n; n++) {
        PyObject *word = PyList_GET_ITEM(words, clause->k[n]);
        int same = PyObject_RichCompareBool(PyList_GET_ITEM(texts, clause->i[n]), word, Py_EQ);
        if (same < 0) {
            return -1;
        }
        if (!same) {
            continue; /* participles are lower case */
        }
        int is_werden = PySet_Contains(werden, word);
        if (is_werden) {
            if (is_werden < 0) {
                return -1;
            }
            continue;
        }
        if (n != last) {
            int before = PySet_Contains(after, PyList_GET_ITEM(words, clause->k[n + 1]));
            if (before <= 0) {
                if (before < 0) {
                    return -1;
                }
                continue;
            }
        }
        PyObject *verdict = PyDict_GetItemWithError(verdicts, word); /* borrowed */
        if (verdict != NULL) {
            Py_INCREF(verdict);
        }
        else if (PyErr_Occurred()) {
            return -1;
        }
        else {
            Py_INCREF(word);
            verdict = PyObject_CallOneArg(is_participle, word);
            Py_DECREF(word);
            if (verdict == NULL) {
                return -1;
            }
        }
        int yes = PyObject_IsTrue(verdict);
        Py_DECREF(verdict);
        if (yes) {
            return yes; /* 1, or -1 */
        }
    }
    return 0;
}

static PyObject *
passive_sentences(PyObject *self, PyObject *args)
{
    PyObject *hits, *word_indices, *sentence_of, *sentences, *ends, *word_starts, *kinds;
    PyObject *texts, *words, *word_kind, *breaks, *werden, *after, *verdicts, *is_participle;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!O!O!O!O!UO!O!O!O!O:passive_sentences", &PyList_Type,
                          &hits, &PyList_Type, &word_indices, &PyList_Type, &sentence_of,
                          &PyList_Type, &sentences, &PyList_Type, &ends, &PyList_Type,
                          &word_starts, &PyList_Type, &kinds, &PyList_Type, &texts, &PyList_Type,
                          &words, &word_kind, &PyFrozenSet_Type, &breaks, &PyFrozenSet_Type,
                          &werden, &PyFrozenSet_Type, &after, &PyDict_Type, &verdicts,
                          &is_participle)) {
        return NULL;
    }
    Py_ssize_t n_tokens = PyList_GET_SIZE(kinds);
    Py_ssize_t n_words = PyList_GET_SIZE(words);
    Py_ssize_t n_sentences = PyList_GET_SIZE(sentences);
    if (PyList_GET_SIZE(ends) != n_sentences || PyList_GET_SIZE(word_starts) != n_sentences
        || PyList_GET_SIZE(texts) != n_tokens || PyList_GET_SIZE(sentence_of) != n_tokens
        || PyList_GET_SIZE(word_indices) != n_words) {
        PyErr_SetString(PyExc_ValueError, "sentence, token or word lists differ in length");
        return NULL;
    }
    clause_buf clause = {NULL, NULL, 0, 0};
    PyObject *passive = NULL;
    /* The candidates: the sentences of the werden forms among the hits, each once, in order. */
    Py_ssize_t n_candidates = 0;
    Py_ssize_t *candidates = PyMem_Malloc((PyList_GET_SIZE(hits) + 1) * sizeof(Py_ssize_t));
    if (candidates == NULL) {
        return PyErr_NoMemory();
    }
    for (Py_ssize_t h = 0; h < PyList_GET_SIZE(hits); h++) {
        Py_ssize_t k = PyLong_AsSsize_t(PyList_GET_ITEM(hits, h));
        if (k == -1 && PyErr_Occurred()) {
            goto error;
        }
        if (k < 0 || k >= n_words) {
            PyErr_SetString(PyExc_ValueError, "a hit is no word");
            goto error;
        }
        int is_werden = PySet_Contains(werden, PyList_GET_ITEM(words, k));
        if (is_werden <= 0) {
            if (is_werden < 0) {
                goto error;
            }
            continue;
        }
        Py_ssize_t i = PyLong_AsSsize_t(PyList_GET_ITEM(word_indices, k));
        if (i == -1 && PyErr_Occurred()) {
            goto error;
        }
        if (i < 0 || i >= n_tokens) {
            PyErr_SetString(PyExc_ValueError, "a word is no token");
            goto error;
        }
        Py_ssize_t s = PyLong_AsSsize_t(PyList_GET_ITEM(sentence_of, i));
        if (s == -1 && PyErr_Occurred()) {
            goto error;
        }
        if (s < 0 || s >= n_sentences) {
            PyErr_SetString(PyExc_ValueError, "a token's sentence is out of range");
            goto error;
        }
        candidates[n_candidates++] = s;
    }
    /* sorted(set(...)): hits come in order, so this is mostly dropping repeats */
    for (Py_ssize_t a = 1; a < n_candidates; a++) {
        Py_ssize_t value = candidates[a];
        Py_ssize_t b = a;
        while (b > 0 && candidates[b - 1] > value) {
            candidates[b] = candidates[b - 1];
            b--;
        }
        candidates[b] = value;
    }
    Py_ssize_t unique = 0;
    for (Py_ssize_t a = 0; a < n_candidates; a++) {
        if (unique == 0 || candidates[unique - 1] != candidates[a]) {
            candidates[unique++] = candidates[a];
        }
    }
    n_candidates = unique;
    passive = PyList_New(0);
    if (passive == NULL) {
        goto error;
    }
    for (Py_ssize_t c = 0; c < n_candidates; c++) {
        Py_ssize_t s = candidates[c];
        PyObject *first_obj = PyObject_GetAttr(PyList_GET_ITEM(sentences, s), first_token_name);
        if (first_obj == NULL) {
            goto error;
        }
        Py_ssize_t first = PyLong_AsSsize_t(first_obj);
        Py_DECREF(first_obj);
        Py_ssize_t end = PyLong_AsSsize_t(PyList_GET_ITEM(ends, s));
        Py_ssize_t k = PyLong_AsSsize_t(PyList_GET_ITEM(word_starts, s));
        if (PyErr_Occurred()) {
            goto error;
        }
        if (first < 0 || end < first || end > n_tokens || k < 0) {
            PyErr_SetString(PyExc_ValueError, "a sentence reaches past the tokens");
            goto error;
        }
        clause.n = 0;
        for (Py_ssize_t i = first; i <= end; i++) {
            int is_word = 0;
            if (i < end) {
                PyObject *kind = PyList_GET_ITEM(kinds, i);
                is_word = kind == word_kind || PyObject_RichCompareBool(kind, word_kind, Py_EQ);
                if (is_word < 0) {
                    goto error;
                }
                int breaking = PySet_Contains(breaks, PyList_GET_ITEM(texts, i));
                if (breaking < 0) {
                    goto error;
                }
                if (!breaking) {
                    if (is_word) {
                        if (k >= n_words) {
                            PyErr_SetString(PyExc_ValueError, "a sentence reaches past the words");
                            goto error;
                        }
                        if (clause.n == clause.size) {
                            Py_ssize_t size = clause.size ? 2 * clause.size : 32;
                            Py_ssize_t *ks = PyMem_Realloc(clause.k, size * sizeof(Py_ssize_t));
                            if (ks == NULL) {
                                PyErr_NoMemory();
                                goto error;
                            }
                            clause.k = ks;
                            Py_ssize_t *is = PyMem_Realloc(clause.i, size * sizeof(Py_ssize_t));
                            if (is == NULL) {
                                PyErr_NoMemory();
                                goto error;
                            }
                            clause.i = is;
                            clause.size = size;
                        }
                        clause.k[clause.n] = k++;
                        clause.i[clause.n++] = i;
                    }
                    continue;
                }
                k += is_word; /* a word that breaks the clause ("-" as a word) */
            }
            int found =
                passive_clause(&clause, words, texts, werden, after, verdicts, is_participle);
            if (found < 0) {
                goto error;
            }
            if (found) {
                if (append_ssize(passive, s)) {
                    goto error;
                }
                break;
            }
            clause.n = 0;
        }
    }
    PyMem_Free(candidates);
    PyMem_Free(clause.k);
    PyMem_Free(clause.i);
    return passive;

error:
    PyMem_Free(candidates);
    PyMem_Free(clause.k);
    PyMem_Free(clause.i);
    Py_XDECREF(passive);
    return NULL;
}

/* a == b: 1, 0, or -1 with an exception set; str compared without a Python call. */
static inline int
equal_objects(PyObject *a, PyObject *b)
{
    if (a == b) {
        return 1;
    }
    if (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b)) {
        Py_ssize_t length = PyUnicode_GET_LENGTH(a);
        int kind = PyUnicode_KIND(a);
        return length == PyUnicode_GET_LENGTH(b) && kind == PyUnicode_KIND(b)
               && memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)length * kind) == 0;
    }
    return PyObject_RichCompareBool(a, b, Py_EQ);
}

/*
 * ids[k]: the number of the word items[k] (0, 1, … in order of first occurrence), equal
 * words the same; *types: how many distinct words; firsts[id] (unless NULL, room for n):
 * where each first occurs. Words that are all exact str go through a small open-addressing
 * table of their (cached) hashes, cheaper than a dict of ints; other items through a dict.
 * 0, or -1 with an exception set.
 */
static int
word_ids(PyObject **items, Py_ssize_t n, Py_ssize_t *ids, Py_ssize_t *types, Py_ssize_t *firsts)
{
    *types = 0;
    int all_str = 1;
    for (Py_ssize_t k = 0; k < n && all_str; k++) {
        all_str = PyUnicode_CheckExact(items[k]);
    }
    if (!all_str) {
        PyObject *id_of = PyDict_New();
        if (id_of == NULL) {
            return -1;
        }
        for (Py_ssize_t k = 0; k < n; k++) {
            PyObject *known = PyDict_GetItemWithError(id_of, items[k]);
            if (known != NULL) {
                ids[k] = PyLong_AsSsize_t(known);
                continue;
            }
            PyObject *id = PyErr_Occurred() ? NULL : PyLong_FromSsize_t(*types);
            if (id == NULL || PyDict_SetItem(id_of, items[k], id) < 0) {
                Py_XDECREF(id);
                Py_DECREF(id_of);
                return -1;
            }
            Py_DECREF(id);
            if (firsts != NULL) {
                firsts[*types] = k;
            }
            ids[k] = (*types)++;
        }
        Py_DECREF(id_of);
        return 0;
    }
    size_t size = 16;
    while (size < 2 * (size_t)n) {
        size *= 2;
    }
    size_t mask = size - 1;
    /* slot: 0 empty, else 1 + the id; the id's first word and hash tell it apart */
    Py_ssize_t *slots = PyMem_Calloc(size, sizeof(Py_ssize_t));
    PyObject **keys = PyMem_Malloc((n ? n : 1) * sizeof(PyObject *));
    Py_hash_t *hashes = PyMem_Malloc((n ? n : 1) * sizeof(Py_hash_t));
    if (slots == NULL || keys == NULL || hashes == NULL) {
        PyMem_Free(slots);
        PyMem_Free(keys);
        PyMem_Free(hashes);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *word = items[k];
        Py_hash_t hash = PyObject_Hash(word);
        if (hash == -1) {
            PyMem_Free(slots);
            PyMem_Free(keys);
            PyMem_Free(hashes);
            return -1;
        }
        size_t i = (size_t)hash & mask;
        for (;;) {
            Py_ssize_t slot = slots[i];
            if (slot == 0) {
                Py_ssize_t id = (*types)++;
                slots[i] = id + 1;
                keys[id] = word;
                hashes[id] = hash;
                if (firsts != NULL) {
                    firsts[id] = k;
                }
                ids[k] = id;
                break;
            }
            if (hashes[slot - 1] == hash && equal_objects(keys[slot - 1], word)) {
                ids[k] = slot - 1; /* exact str: equal_objects cannot fail */
                break;
            }
            i = (i + 1) & mask;
        }
    }
    PyMem_Free(slots);
    PyMem_Free(keys);
    PyMem_Free(hashes);
    return 0;
}

PyDoc_STRVAR(count_equal_doc,
             "count_equal(items, values, limit) -> (counts, places)\n\n"
             "[items.count(v) for v in values] and, for each value, the indices of its first\n"
             "`limit` items, in one pass over the list.");

static PyObject *
count_equal(PyObject *self, PyObject *args)
{
    PyObject *items, *values;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "O!O!n:count_equal", &PyList_Type, &items, &PyTuple_Type,
                          &values, &limit)) {
        return NULL;
    }
    Py_ssize_t n_values = PyTuple_GET_SIZE(values);
    Py_ssize_t *found = PyMem_Calloc(n_values ? n_values : 1, sizeof(Py_ssize_t));
    if (found == NULL) {
        return PyErr_NoMemory();
    }
    PyObject *counts = NULL;
    PyObject *places = PyList_New(n_values);
    for (Py_ssize_t v = 0; places != NULL && v < n_values; v++) {
        PyObject *list = PyList_New(0);
        if (list == NULL) {
            goto error;
        }
        PyList_SET_ITEM(places, v, list);
    }
    if (places == NULL) {
        goto error;
    }
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(items); k++) {
        PyObject *item = PyList_GET_ITEM(items, k);
        Py_INCREF(item); /* a comparison may run Python code that changes the list */
        for (Py_ssize_t v = 0; v < n_values; v++) {
            int same = equal_objects(item, PyTuple_GET_ITEM(values, v));
            if (same < 0) {
                Py_DECREF(item);
                goto error;
            }
            if (same && found[v]++ < limit && append_ssize(PyList_GET_ITEM(places, v), k)) {
                Py_DECREF(item);
                goto error;
            }
        }
        Py_DECREF(item);
    }
    counts = PyList_New(n_values);
    for (Py_ssize_t v = 0; counts != NULL && v < n_values; v++) {
        PyObject *number = PyLong_FromSsize_t(found[v]);
        if (number == NULL) {
            goto error;
        }
        PyList_SET_ITEM(counts, v, number);
    }
    if (counts == NULL) {
        goto error;
    }
    PyMem_Free(found);
    return Py_BuildValue("(NN)", counts, places);

error:
    PyMem_Free(found);
    Py_XDECREF(counts);
    Py_XDECREF(places);
    return NULL;
}

PyDoc_STRVAR(marked_sentences_doc,
             "marked_sentences(places, starts, kinds, texts, sentence_of, sentence_words, ends,\n"
             "                 punct, trailing_kinds, trailing_texts)\n"
             "    -> (questions, exclamations)\n\n"
             "The sentences (with words) whose final token, the last but trailing ones\n"
             "(kind in trailing_kinds or text in trailing_texts), is `punct` and ends a\n"
             "question or an exclamation, as punctuation._marked_sentences finds them: from\n"
             "the places of the ? and ! of the text (in order), through the tokens holding them.");

static PyObject *
marked_sentences(PyObject *self, PyObject *args)
{
    PyObject *places, *starts, *kinds, *texts, *sentence_of, *sentence_words, *ends, *punct;
    PyObject *trailing_kinds, *trailing_texts;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!O!O!OO!O!:marked_sentences", &PyList_Type, &places,
                          &PyList_Type,
                          &starts, &PyList_Type, &kinds, &PyList_Type, &texts, &PyList_Type,
                          &sentence_of, &PyList_Type, &sentence_words, &PyList_Type, &ends,
                          &punct, &PyFrozenSet_Type, &trailing_kinds, &PyFrozenSet_Type,
                          &trailing_texts)) {
        return NULL;
    }
    Py_ssize_t n_tokens = PyList_GET_SIZE(starts);
    Py_ssize_t n_sentences = PyList_GET_SIZE(sentence_words);
    if (PyList_GET_SIZE(kinds) != n_tokens || PyList_GET_SIZE(texts) != n_tokens
        || PyList_GET_SIZE(sentence_of) != n_tokens || PyList_GET_SIZE(ends) != n_sentences) {
        PyErr_SetString(PyExc_ValueError, "token or sentence lists differ in length");
        return NULL;
    }
    PyObject *questions = PyList_New(0);
    PyObject *exclamations = PyList_New(0);
    if (questions == NULL || exclamations == NULL) {
        goto error;
    }
    Py_ssize_t done = -1; /* the last token looked at */
    Py_ssize_t last_place = -1;
    for (Py_ssize_t m = 0; m < PyList_GET_SIZE(places); m++) {
        Py_ssize_t p = PyLong_AsSsize_t(PyList_GET_ITEM(places, m));
        if (p == -1 && PyErr_Occurred()) {
            goto error;
        }
        if (p < last_place) {
            PyErr_SetString(PyExc_ValueError, "places must come in order");
            goto error;
        }
        last_place = p;
        /* t: the last token starting at or before p, by halving (bisect_right - 1): it
           reads a few of the starts, not each one up to p (they are ints in memory of
           their own, slow to reach one by one). */
        /* tokens are in order: p lies in token `done` or after it */
        Py_ssize_t low = done < 0 ? 0 : done, high = n_tokens;
        while (low < high) {
            Py_ssize_t mid = low + (high - low) / 2;
            Py_ssize_t start = PyLong_AsSsize_t(PyList_GET_ITEM(starts, mid));
            if (start == -1 && PyErr_Occurred()) {
                goto error;
            }
            if (start <= p) {
                low = mid + 1;
            }
            else {
                high = mid;
            }
        }
        Py_ssize_t t = low - 1;
        if (t < 0 || t == done) {
            continue; /* before the first token, or a token already looked at */
        }
        done = t;
        int is_punct = equal_objects(PyList_GET_ITEM(kinds, t), punct);
        if (is_punct <= 0) {
            if (is_punct < 0) {
                goto error;
            }
            continue; /* not the "?" inside a URL */
        }
        PyObject *s_obj = PyList_GET_ITEM(sentence_of, t);
        Py_ssize_t s = PyLong_AsSsize_t(s_obj);
        if (s == -1 && PyErr_Occurred()) {
            goto error;
        }
        if (s < 0 || s >= n_sentences) {
            PyErr_SetString(PyExc_ValueError, "a token's sentence is out of range");
            goto error;
        }
        int has_words = PyObject_IsTrue(PyList_GET_ITEM(sentence_words, s));
        Py_ssize_t end = PyLong_AsSsize_t(PyList_GET_ITEM(ends, s));
        if (has_words < 0 || (end == -1 && PyErr_Occurred())) {
            goto error;
        }
        if (!has_words) {
            continue;
        }
        if (end > n_tokens) {
            PyErr_SetString(PyExc_ValueError, "a sentence reaches past the tokens");
            goto error;
        }
        int final = 1;
        for (Py_ssize_t j = t + 1; j < end && final; j++) {
            int trailing = PySet_Contains(trailing_kinds, PyList_GET_ITEM(kinds, j));
            if (trailing == 0) {
                trailing = PySet_Contains(trailing_texts, PyList_GET_ITEM(texts, j));
            }
            if (trailing < 0) {
                goto error;
            }
            final = trailing;
        }
        if (!final) {
            continue; /* the sentence goes on after it */
        }
        PyObject *last = PyList_GET_ITEM(texts, t);
        if (!PyUnicode_Check(last)) {
            PyErr_SetString(PyExc_TypeError, "texts must be str");
            goto error;
        }
        Py_ssize_t last_length = PyUnicode_GET_LENGTH(last);
        int question = PyUnicode_FindChar(last, '?', 0, last_length, 1) >= 0;
        if (!question && last_length == 1 && PyUnicode_READ_CHAR(last, 0) == '!' && t > 0) {
            /* "?!" as two tokens: a question, when the "?" is in the same sentence */
            int same = PyObject_RichCompareBool(PyList_GET_ITEM(sentence_of, t - 1), s_obj,
                                                Py_EQ);
            if (same < 0) {
                goto error;
            }
            if (same) {
                PyObject *before = PyList_GET_ITEM(texts, t - 1);
                question = PyUnicode_Check(before) && PyUnicode_GET_LENGTH(before) == 1
                           && PyUnicode_READ_CHAR(before, 0) == '?';
            }
        }
        if (question) {
            if (PyList_Append(questions, s_obj) < 0) {
                goto error;
            }
        }
        else if (PyUnicode_FindChar(last, '!', 0, last_length, 1) >= 0) {
            if (PyList_Append(exclamations, s_obj) < 0) {
                goto error;
            }
        }
    }
    return Py_BuildValue("(NN)", questions, exclamations);

error:
    Py_XDECREF(questions);
    Py_XDECREF(exclamations);
    return NULL;
}

/* Whether str `text` holds one of the `n` characters of `chars`: 1, 0, or -1. */
static int
holds_any(PyObject *text, const Py_UCS4 *chars, Py_ssize_t n)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "texts must be str");
        return -1;
    }
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t c = 0; c < n; c++) {
        if (PyUnicode_FindChar(text, chars[c], 0, length, 1) >= 0) {
            return 1;
        }
    }
    return 0;
}

PyDoc_STRVAR(fragment_sentences_doc,
             "fragment_sentences(sentence_words, ends, sentence_of, kinds, texts, max_words,\n"
             "                   trailing_kinds, trailing_texts, end_marks) -> list[int]\n\n"
             "The sentences of 1 to max_words words whose final token (the last but trailing\n"
             "ones, kind in trailing_kinds or text in trailing_texts) holds none of the\n"
             "characters of end_marks, in order, as lexical.list_fragments finds them.");

static PyObject *
fragment_sentences(PyObject *self, PyObject *args)
{
    PyObject *sentence_words, *ends, *sentence_of, *kinds, *texts, *trailing_kinds;
    PyObject *trailing_texts, *end_marks;
    Py_ssize_t max_words;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!nO!O!U:fragment_sentences", &PyList_Type,
                          &sentence_words, &PyList_Type, &ends, &PyList_Type, &sentence_of,
                          &PyList_Type, &kinds, &PyList_Type, &texts, &max_words,
                          &PyFrozenSet_Type, &trailing_kinds, &PyFrozenSet_Type, &trailing_texts,
                          &end_marks)) {
        return NULL;
    }
    Py_ssize_t n_sentences = PyList_GET_SIZE(sentence_words);
    Py_ssize_t n_tokens = PyList_GET_SIZE(kinds);
    if (PyList_GET_SIZE(ends) != n_sentences || PyList_GET_SIZE(texts) != n_tokens
        || PyList_GET_SIZE(sentence_of) != n_tokens) {
        PyErr_SetString(PyExc_ValueError, "token or sentence lists differ in length");
        return NULL;
    }
    Py_ssize_t n_marks;
    Py_UCS4 *marks = chars_of(end_marks, &n_marks);
    if (marks == NULL) {
        return NULL;
    }
    PyObject *fragments = PyList_New(0);
    if (fragments == NULL) {
        goto error;
    }
    for (Py_ssize_t s = 0; s < n_sentences; s++) {
        Py_ssize_t words = PyLong_AsSsize_t(PyList_GET_ITEM(sentence_words, s));
        if (words == -1 && PyErr_Occurred()) {
            goto error;
        }
        if (words < 1 || words > max_words) {
            continue;
        }
        Py_ssize_t end = PyLong_AsSsize_t(PyList_GET_ITEM(ends, s));
        if (end == -1 && PyErr_Occurred()) {
            goto error;
        }
        if (end < 1 || end > n_tokens) {
            PyErr_SetString(PyExc_ValueError, "a sentence reaches past the tokens");
            goto error;
        }
        Py_ssize_t i = end - 1;
        /* Walk back over trailing tokens, not past the sentence's first token: the token
           before i is in the sentence when sentence_of says so (sentences hold the tokens
           one after the other). */
        while (i > 0) {
            int trailing = PySet_Contains(trailing_kinds, PyList_GET_ITEM(kinds, i));
            if (trailing == 0) {
                trailing = PySet_Contains(trailing_texts, PyList_GET_ITEM(texts, i));
            }
            if (trailing < 0) {
                goto error;
            }
            if (!trailing) {
                break;
            }
            Py_ssize_t before = PyLong_AsSsize_t(PyList_GET_ITEM(sentence_of, i - 1));
            if (before == -1 && PyErr_Occurred()) {
                goto error;
            }
            if (before != s) {
                break;
            }
            i--;
        }
        int marked = holds_any(PyList_GET_ITEM(texts, i), marks, n_marks);
        if (marked < 0) {
            goto error;
        }
        if (!marked && append_ssize(fragments, s)) {
            goto error;
        }
    }
    PyMem_Free(marks);
    return fragments;

error:
    PyMem_Free(marks);
    Py_XDECREF(fragments);
    return NULL;
}

PyDoc_STRVAR(closest_sentence_doc,
             "closest_sentence(sentence_words, syllables, ends, texts, min_words, end_marks,\n"
             "                 base, per_word, per_syllable, target) -> int\n\n"
             "Of the sentences with at least min_words words whose last token holds one of\n"
             "end_marks, the first with the smallest abs(base - per_word * words\n"
             "- per_syllable * (syllables / words) - target), in Python's float steps; -1\n"
             "for none (readability._closest_sentence_python is the twin).");

static PyObject *
closest_sentence(PyObject *self, PyObject *args)
{
    PyObject *sentence_words, *syllables, *ends, *texts, *end_marks;
    Py_ssize_t min_words;
    double base, per_word, per_syllable, target;
    if (!PyArg_ParseTuple(args, "O!O!O!O!nUdddd:closest_sentence", &PyList_Type,
                          &sentence_words, &PyList_Type, &syllables, &PyList_Type, &ends,
                          &PyList_Type, &texts, &min_words, &end_marks, &base, &per_word,
                          &per_syllable, &target)) {
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(sentence_words);
    Py_ssize_t n_tokens = PyList_GET_SIZE(texts);
    if (PyList_GET_SIZE(syllables) != n || PyList_GET_SIZE(ends) != n) {
        PyErr_SetString(PyExc_ValueError, "sentence lists differ in length");
        return NULL;
    }
    if (min_words < 1) {
        PyErr_SetString(PyExc_ValueError, "min_words must be at least 1");
        return NULL;
    }
    Py_ssize_t n_marks;
    Py_UCS4 *marks = chars_of(end_marks, &n_marks);
    if (marks == NULL) {
        return NULL;
    }
    Py_ssize_t best = -1;
    double best_gap = 0.0;
    for (Py_ssize_t s = 0; s < n; s++) {
        long long words = PyLong_AsLongLong(PyList_GET_ITEM(sentence_words, s));
        if (words == -1 && PyErr_Occurred()) {
            goto error;
        }
        if (words < min_words) {
            continue;
        }
        Py_ssize_t end = PyLong_AsSsize_t(PyList_GET_ITEM(ends, s));
        long long syl = PyLong_AsLongLong(PyList_GET_ITEM(syllables, s));
        if (PyErr_Occurred()) {
            goto error;
        }
        if (end < 1 || end > n_tokens) {
            PyErr_SetString(PyExc_ValueError, "a sentence reaches past the tokens");
            goto error;
        }
        if (words > (1LL << 53) || syl < 0 || syl > (1LL << 53)) {
            PyErr_SetString(PyExc_ValueError, "counts out of range");
            goto error;
        }
        int marked = holds_any(PyList_GET_ITEM(texts, end - 1), marks, n_marks);
        if (marked <= 0) {
            if (marked < 0) {
                goto error;
            }
            continue; /* a list item or heading, not a whole sentence */
        }
        /* volatile: each product rounded on its own, as in Python (no fused multiply-add) */
        volatile double word_part = per_word * (double)words;
        volatile double syllable_part = per_syllable * ((double)syl / (double)words);
        double gap = fabs(base - word_part - syllable_part - target);
        if (best < 0 || gap < best_gap) {
            best = s;
            best_gap = gap;
        }
    }
    PyMem_Free(marks);
    return PyLong_FromSsize_t(best);

error:
    PyMem_Free(marks);
    return NULL;
}

static PyMethodDef speedups_methods[] = {
    {"scan_tokens", scan_tokens, METH_VARARGS, scan_tokens_doc},
    {"mtld_both", mtld_both, METH_VARARGS, mtld_both_doc},
    {"word_views", word_views, METH_VARARGS, word_views_doc},
    {"sentence_stops", sentence_stops, METH_VARARGS, sentence_stops_doc},
    {"line_stops", line_stops, METH_VARARGS, line_stops_doc},
    {"count_passages", count_passages, METH_VARARGS, count_passages_doc},
    /* feature families lexical, readability, syntax, punctuation */
    {"length_counts", length_counts, METH_VARARGS, length_counts_doc},
    {"syllable_sums", syllable_sums, METH_VARARGS, syllable_sums_doc},
    {"closest_sentence", closest_sentence, METH_VARARGS, closest_sentence_doc},
    {"fragment_sentences", fragment_sentences, METH_VARARGS, fragment_sentences_doc},
    {"count_chars", count_chars, METH_VARARGS, count_chars_doc},
    {"count_equal", count_equal, METH_VARARGS, count_equal_doc},
    {"marked_sentences", marked_sentences, METH_VARARGS, marked_sentences_doc},
    {"judge_runs", judge_runs, METH_VARARGS, judge_runs_doc},
    {"passive_sentences", passive_sentences, METH_VARARGS, passive_sentences_doc},
    {"count_grams", count_grams, METH_VARARGS, count_grams_doc},
    {"number_tokens", number_tokens, METH_VARARGS, number_tokens_doc},
    /* Word views and text scans for the feature families */
    {"keyed_word_views", keyed_word_views, METH_VARARGS, keyed_word_views_doc},
    {"has_feminine_noun", has_feminine_noun, METH_O, has_feminine_noun_doc},
    {"gender_mark_starts", gender_mark_starts, METH_O, gender_mark_starts_doc},
    {"split_count", split_count, METH_VARARGS, split_count_doc},
    {"find_marks", find_marks, METH_VARARGS, find_marks_doc},
    {"count_ngrams", count_ngrams, METH_VARARGS, count_ngrams_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef speedups_module = {
    PyModuleDef_HEAD_INIT,
    "treffsicher.core._speedups",
    "Per-word loops of the voice profile in C (see core/tokens.py and lexical.py).",
    -1,
    speedups_methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    for (Py_UCS4 c = 0; c < 256; c++) {
        latin1_word[c] = Py_UNICODE_ISALNUM(c) || c == '_';
    }
    end_name = PyUnicode_InternFromString("end");
    lastindex_name = PyUnicode_InternFromString("lastindex");
    first_token_name = PyUnicode_InternFromString("first_token");
    if (end_name == NULL || lastindex_name == NULL || first_token_name == NULL) {
        return NULL;
    }
    return PyModule_Create(&speedups_module);
}
