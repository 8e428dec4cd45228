package fix

import "testing"

func TestMailBodyEncoding(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"plain", "Subject: x\r\n\r\nHello\r\n", ""},
		{"quoted-printable", "Subject: x\r\nContent-Transfer-Encoding: Quoted-Printable\r\n\r\nHi=\r\n there\r\n", "quoted-printable"},
		{"base64", "Subject: x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nSGk=\r\n", "base64"},
		{"8bit", "Subject: x\r\nContent-Transfer-Encoding: 8bit\r\n\r\nHi\r\n", ""},
		{"multipart with qp text", "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHi\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>Hi</p>\r\n--b--\r\n", "quoted-printable"},
		{"base64 attachment only", "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHi\r\n--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBE\r\n--b--\r\n", ""},
		{"text attachment", "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHi\r\n--b\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=a.csv\r\nContent-Transfer-Encoding: base64\r\n\r\nYSxi\r\n--b--\r\n", ""},
		{"not an email", "just text without headers", ""},
	}
	for _, tt := range tests {
		if got := MailBodyEncoding([]byte(tt.src)); got != tt.want {
			t.Errorf("%s: MailBodyEncoding = %q, want %q", tt.name, got, tt.want)
		}
	}
}
