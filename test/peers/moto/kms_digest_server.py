"""moto's server (the pinned moto[server] from tools.json), with one gap filled.

moto 5.2.6 reads the MessageType of a KMS Sign request and then ignores it: with DIGEST it
hashes the digest again and signs that, so every signature cosign and imprint ask for
(MessageType DIGEST, as AWS KMS documents it) verifies nowhere. This launcher adds DIGEST for
ECDSA keys exactly as AWS describes it: the message is the digest, signed as is (Prehashed),
and must be as long as the algorithm's hash. Everything else (CreateKey, CreateAlias,
GetPublicKey, RAW signing, the key material) is moto's own. Each DIGEST signature is reported
on stderr, so a test can tell that this path, not RAW, was taken.

Usage: <moto venv>/bin/python kms_digest_server.py [moto_server arguments]
"""

import sys
import threading

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed
from moto.kms import responses, utils
from moto.kms.exceptions import ValidationException
from moto.server import main

_request = threading.local()
_moto_response_sign = responses.KmsResponse.sign
_moto_ecdsa_sign = utils.ECDSAPrivateKey.sign


def response_sign(self):
    _request.digest = self._get_param("MessageType") == "DIGEST"
    try:
        return _moto_response_sign(self)
    finally:
        _request.digest = False


def ecdsa_sign(self, message, signing_algorithm):
    if not getattr(_request, "digest", False):
        return _moto_ecdsa_sign(self, message, signing_algorithm)
    utils.validate_signing_algorithm(signing_algorithm, self.valid_signing_algorithms)
    algorithm = self._ECDSAPrivateKey__hash_algorithm(signing_algorithm)
    if len(message) != algorithm.digest_size:
        raise ValidationException(
            f"Digest is invalid length for algorithm {signing_algorithm}."
        )
    print(f"kms-digest-sign {signing_algorithm}", file=sys.stderr, flush=True)
    return self.private_key.sign(message, ec.ECDSA(Prehashed(algorithm)))


responses.KmsResponse.sign = response_sign
utils.ECDSAPrivateKey.sign = ecdsa_sign

if __name__ == "__main__":
    main(sys.argv[1:])
