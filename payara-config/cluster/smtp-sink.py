#!/usr/bin/env python3
"""A local SMTP sink for the cluster test: accepts every message and appends one JSON line per
message (Message-ID, recipients, subject) to the log file. Usage: smtp-sink.py PORT LOGFILE"""
import asyncio, email, email.policy, json, sys

PORT, LOG = int(sys.argv[1]), sys.argv[2]

async def session(reader, writer):
    def say(line):
        writer.write((line + "\r\n").encode())
    say("220 sink ESMTP")
    recipients, sender = [], None
    while True:
        line = await reader.readline()
        if not line:
            break
        command = line.decode(errors="replace").strip()
        verb = command[:4].upper()
        if verb in ("EHLO", "HELO"):
            say("250-sink\r\n250 8BITMIME" if verb == "EHLO" else "250 sink")
        elif verb == "MAIL":
            sender, recipients = command[10:].strip(), []
            say("250 OK")
        elif verb == "RCPT":
            recipients.append(command.split(":", 1)[1].strip().strip("<>").split(">")[0])
            say("250 OK")
        elif verb == "DATA":
            say("354 end with .")
            await writer.drain()
            data = bytearray()
            while True:
                chunk = await reader.readline()
                if chunk in (b".\r\n", b".\n", b""):
                    break
                data += chunk[1:] if chunk.startswith(b"..") else chunk
            message = email.message_from_bytes(bytes(data), policy=email.policy.default)
            with open(LOG, "a") as log:
                log.write(json.dumps({"messageId": str(message.get("Message-ID", "")), "to": recipients,
                                      "subject": str(message.get("Subject", ""))}) + "\n")
            say("250 OK queued")
        elif verb == "QUIT":
            say("221 bye")
            await writer.drain()
            break
        else:
            say("250 OK")
        await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(session, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()

asyncio.run(main())
