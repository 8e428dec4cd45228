package fix

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
)

// maxMailDepth bounds nested multiparts, as the email reader does.
const maxMailDepth = 50

// MailBodyEncoding returns "quoted-printable" or "base64" when a text part
// of the email in src is stored that way, and "" otherwise. Such a body
// is not rewritten: a replacement would have to be encoded again and
// rewrapped, and a mail program does that better than a text fixer.
func MailBodyEncoding(src []byte) string {
	msg, err := mail.ReadMessage(bytes.NewReader(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))))
	if err != nil {
		return ""
	}
	return partEncoding(msg.Header, msg.Body, 0)
}

// KeepEncodedMail leaves an email whose body is stored encoded (see
// MailBodyEncoding) as it is: it drops the plan's edits and returns why,
// for the caller to tell the user; it returns "" and changes nothing for
// any other document. email says whether the document is an email.
func (p *Plan) KeepEncodedMail(email bool) string {
	if !email || len(p.Edits) == 0 {
		return ""
	}
	enc := MailBodyEncoding(p.Doc.Source)
	if enc == "" {
		return ""
	}
	fixes := fmt.Sprintf("the %d fixes", len(p.Edits))
	if len(p.Edits) == 1 {
		fixes = "the 1 fix"
	}
	p.Edits = nil
	return "the message body is stored as " + enc + ", so it is not rewritten; make " + fixes + " in your mail program"
}

type headerGetter interface{ Get(string) string }

func partEncoding(h headerGetter, body io.Reader, depth int) string {
	mediaType, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		mediaType = "text/plain" // the default of RFC 2045
	}
	if strings.HasPrefix(mediaType, "multipart/") {
		if depth >= maxMailDepth || params["boundary"] == "" {
			return ""
		}
		mr := multipart.NewReader(body, params["boundary"])
		for {
			// NextRawPart keeps the transfer encoding header that
			// NextPart would remove while decoding.
			p, err := mr.NextRawPart()
			if err != nil {
				return ""
			}
			if enc := partEncoding(p.Header, p, depth+1); enc != "" {
				return enc
			}
		}
	}
	if !strings.HasPrefix(mediaType, "text/") {
		return ""
	}
	if strings.HasPrefix(strings.ToLower(h.Get("Content-Disposition")), "attachment") {
		return ""
	}
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))); enc {
	case "quoted-printable", "base64":
		return enc
	}
	return ""
}
