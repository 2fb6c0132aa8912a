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
    PyObject *id_of = PyDict_New();
    Py_ssize_t *stamps = NULL;
    PyObject *result = NULL;
    if (ids == NULL || id_of == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t types = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *known = PyDict_GetItemWithError(id_of, items[i]);
        if (known != NULL) {
            ids[i] = PyLong_AsSsize_t(known);
            continue;
        }
        if (PyErr_Occurred()) {
            goto done;
        }
        PyObject *id = PyLong_FromSsize_t(types);
        if (id == NULL || PyDict_SetItem(id_of, items[i], id) < 0) {
            Py_XDECREF(id);
            goto done;
        }
        Py_DECREF(id);
        ids[i] = types++;
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
    Py_XDECREF(id_of);
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

static PyMethodDef speedups_methods[] = {
    {"scan_tokens", scan_tokens, METH_VARARGS, scan_tokens_doc},
    {"mtld_both", mtld_both, METH_VARARGS, mtld_both_doc},
    {"word_views", word_views, METH_VARARGS, word_views_doc},
    {"sentence_stops", sentence_stops, METH_VARARGS, sentence_stops_doc},
    {"line_stops", line_stops, METH_VARARGS, line_stops_doc},
    {"count_passages", count_passages, METH_VARARGS, count_passages_doc},
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
    end_name = PyUnicode_InternFromString("end");
    lastindex_name = PyUnicode_InternFromString("lastindex");
    if (end_name == NULL || lastindex_name == NULL) {
        return NULL;
    }
    return PyModule_Create(&speedups_module);
}
